#include "core/session/self_test_draft.h"

namespace legwork {

std::vector<std::string> note_choices(const Exercise& exercise) {
    std::vector<std::string> choices{std::string(kLookedGood)};
    for (const MotionVariant& mistake : exercise.motion.variants) {
        if (choices.size() == 64) break;
        choices.push_back(mistake.title);
    }
    return choices;
}

std::string note_text(const SelfTestDraft& draft) {
    std::string text;
    for (std::size_t i = 0; i < draft.choices.size(); ++i)
        if (draft.is_chosen(i)) text += (text.empty() ? "" : ", ") + draft.choices[i];
    // Typed words follow the choices as their own sentence.
    const auto first = draft.typed.find_first_not_of(" \t\n");
    if (first == std::string::npos) return text;
    const auto last = draft.typed.find_last_not_of(" \t\n");
    if (!text.empty()) text += ". ";
    return text + draft.typed.substr(first, last - first + 1);
}

} // namespace legwork
