#include "import/bone_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

namespace legwork {
namespace {

struct PartName {
    std::string_view name; // words run together, lower case
    BodyPart part;
};

// Names of parts, side words taken out. A paired part's names need a side; the others
// must have none ("hip" with a side is a thigh, without one the hips).
constexpr std::array<PartName, 45> kPartNames{{
    {"hips", BodyPart::hips},
    {"hip", BodyPart::hips},
    {"pelvis", BodyPart::hips},
    {"spine", BodyPart::spine},
    {"abdomen", BodyPart::spine},
    {"abdomenlower", BodyPart::spine},
    {"abdomenupper", BodyPart::spine},
    {"torso", BodyPart::spine},
    {"chest", BodyPart::chest},
    {"chestlower", BodyPart::chest},
    {"upperchest", BodyPart::upperChest},
    {"chestupper", BodyPart::upperChest},
    {"neck", BodyPart::neck},
    {"necklower", BodyPart::neck},
    {"neckupper", BodyPart::neck},
    {"head", BodyPart::head},
    {"shoulder", BodyPart::shoulder},
    {"clavicle", BodyPart::shoulder},
    {"collar", BodyPart::shoulder},
    {"collarbone", BodyPart::shoulder},
    {"upperarm", BodyPart::upperArm},
    {"arm", BodyPart::upperArm},
    {"uparm", BodyPart::upperArm},
    {"shldrbend", BodyPart::upperArm},
    {"lowerarm", BodyPart::lowerArm},
    {"forearm", BodyPart::lowerArm},
    {"forearmbend", BodyPart::lowerArm},
    {"lowarm", BodyPart::lowerArm},
    {"elbow", BodyPart::lowerArm},
    {"hand", BodyPart::hand},
    {"wrist", BodyPart::hand},
    {"upperleg", BodyPart::upperLeg},
    {"upleg", BodyPart::upperLeg},
    {"thigh", BodyPart::upperLeg},
    {"thighbend", BodyPart::upperLeg},
    {"lowerleg", BodyPart::lowerLeg},
    {"leg", BodyPart::lowerLeg},
    {"shin", BodyPart::lowerLeg},
    {"calf", BodyPart::lowerLeg},
    {"knee", BodyPart::lowerLeg},
    {"foot", BodyPart::foot},
    {"ankle", BodyPart::foot},
    {"toe", BodyPart::toes},
    {"toes", BodyPart::toes},
    {"ball", BodyPart::toes},
}};

// Words rigs put before the part's name; a number right after one goes with it ("Bip01").
constexpr std::array<std::string_view, 14> kRigWords{
    "mixamorig", "bip", "biped", "cc",  "base", "j",        "def",
    "org",       "b",   "bn",    "jnt", "c",    "armature", "character",
};

bool paired(BodyPart part) {
    return part >= BodyPart::shoulder;
}

bool is_number(const std::string& word) {
    return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
}

// The name's words, lower case: split at anything not a letter or digit, between letters
// and digits, before a capital that follows a small letter ("leftUpper"), and before the
// last capital of a run that a small letter follows ("LHip").
std::vector<std::string> words(std::string_view name) {
    std::vector<std::string> out;
    std::string word;
    const auto cut = [&] {
        if (!word.empty()) out.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c)) {
            cut();
            continue;
        }
        if (!word.empty()) {
            const auto before = static_cast<unsigned char>(name[i - 1]);
            const bool after_is_small =
                i + 1 < name.size() && std::islower(static_cast<unsigned char>(name[i + 1]));
            if (std::isdigit(c) != std::isdigit(before) ||
                (std::isupper(c) && std::islower(before)) ||
                (std::isupper(c) && std::isupper(before) && after_is_small))
                cut();
        }
        word.push_back(static_cast<char>(std::tolower(c)));
    }
    cut();
    return out;
}

} // namespace

std::optional<BoneName> read_bone_name(std::string_view name) {
    // Namespaces: "mixamorig:Hips", "Armature|Hips".
    if (const auto colon = name.find_last_of(":|"); colon != std::string_view::npos)
        name = name.substr(colon + 1);
    std::vector<std::string> kept;
    std::optional<Side> side;
    bool rig_word_before = false;
    for (const std::string& word : words(name)) {
        const bool rig_word =
            std::find(kRigWords.begin(), kRigWords.end(), word) != kRigWords.end();
        if (rig_word || (rig_word_before && is_number(word))) {
            rig_word_before = rig_word;
            continue;
        }
        rig_word_before = false;
        std::optional<Side> this_side;
        if (word == "l" || word == "left") this_side = Side::left;
        if (word == "r" || word == "right") this_side = Side::right;
        if (this_side) {
            if (side && side != this_side) return std::nullopt;
            side = this_side;
            continue;
        }
        kept.push_back(word);
    }
    BoneName read{BodyPart::hips, side};
    if (!kept.empty() && is_number(kept.back())) {
        const std::string& digits = kept.back();
        if (std::from_chars(digits.data(), digits.data() + digits.size(), read.number).ec !=
            std::errc())
            return std::nullopt;
        kept.pop_back();
    }
    std::string joined;
    for (const std::string& word : kept) {
        if (is_number(word)) return std::nullopt;
        joined += word;
    }
    if (joined == "hip" && side) {
        read.part = BodyPart::upperLeg;
        return read;
    }
    for (const PartName& part : kPartNames)
        if (part.name == joined) {
            if (paired(part.part) != side.has_value()) return std::nullopt;
            read.part = part.part;
            return read;
        }
    return std::nullopt;
}

} // namespace legwork
