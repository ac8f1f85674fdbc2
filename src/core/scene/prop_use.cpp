#include "core/scene/prop_use.h"

namespace legwork {

std::optional<PropUse::Where> prop_where(PropKind kind) {
    switch (kind) {
    case PropKind::mat:
    case PropKind::hurdle:
        return PropUse::Where::floor;
    case PropKind::dumbbell:
        return PropUse::Where::hand;
    case PropKind::broomstick:
        return PropUse::Where::hands;
    case PropKind::loopBand:
        return PropUse::Where::thighs;
    case PropKind::pillow:
        return PropUse::Where::knees;
    case PropKind::bench:
    case PropKind::step:
    case PropKind::stabilityBall:
    case PropKind::lacrosseBall:
    case PropKind::peanutBall:
    case PropKind::legExtensionMachine:
    case PropKind::legCurlMachine:
    case PropKind::legPressMachine:
        break;
    }
    return std::nullopt;
}

} // namespace legwork
