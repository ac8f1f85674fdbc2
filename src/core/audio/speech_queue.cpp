#include "core/audio/speech_queue.h"

#include <algorithm>
#include <cassert>

namespace legwork {
namespace {

// The longest prefix of `text` within kMaxSpeechTextBytes, ending after a whole word, or
// at least on a whole UTF-8 character when one word is longer than that.
std::string_view fitting_text(std::string_view text) {
    if (text.size() <= kMaxSpeechTextBytes) return text;
    const std::size_t space = text.rfind(' ', kMaxSpeechTextBytes);
    if (space != std::string_view::npos && space > 0) return text.substr(0, space);
    std::size_t end = kMaxSpeechTextBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

std::size_t slot(SpeechPriority priority) {
    return static_cast<std::size_t>(priority);
}

} // namespace

SpeechOffer SpeechQueue::offer(std::string_view text, SpeechPriority priority, double now_s) {
    assert(slot(priority) < waiting_.size() && "SpeechQueue: unknown priority");
    for (std::size_t p = 0; p <= slot(priority); ++p) waiting_[p].reset();
    SpeechMessage& message = waiting_[slot(priority)].emplace();
    const std::string_view fitting = fitting_text(text);
    std::copy(fitting.begin(), fitting.end(), message.text.begin());
    message.text[fitting.size()] = '\0';
    message.length = fitting.size();
    message.priority = priority;
    message.said_at_s = now_s;
    return playing_ && *playing_ < priority ? SpeechOffer::cuts_playing : SpeechOffer::queued;
}

std::optional<SpeechMessage> SpeechQueue::start_next(double now_s) {
    if (playing_) return std::nullopt;
    for (std::size_t p = waiting_.size(); p-- > 0;) {
        std::optional<SpeechMessage>& message = waiting_[p];
        if (!message) continue;
        if (now_s - message->said_at_s > max_start_delay_s(message->priority)) {
            message.reset();
            continue;
        }
        playing_ = message->priority;
        std::optional<SpeechMessage> next = std::move(message);
        message.reset();
        return next;
    }
    return std::nullopt;
}

void SpeechQueue::finish_playing() {
    playing_.reset();
}

bool SpeechQueue::clear() {
    for (auto& message : waiting_) message.reset();
    return playing_.has_value();
}

bool SpeechQueue::waiting() const {
    return std::any_of(waiting_.begin(), waiting_.end(),
                       [](const auto& m) { return m.has_value(); });
}

} // namespace legwork
