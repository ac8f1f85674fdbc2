#include "core/content/equipment.h"

#include "core/text/enum_names.h"

namespace legwork {
namespace {

constexpr std::array<std::string_view, kEquipmentCount> kNames{
    "mat",          "bench",           "step",          "stabilityBall",
    "dumbbell",     "loopBand",        "broomstick",    "hurdle",
    "lacrosseBall", "peanutBall",      "pillow",        "legExtensionMachine",
    "legCurlMachine", "legPressMachine", "wall"};
constexpr std::array<std::string_view, kEquipmentCount> kTitles{"Exercise mat",
                                                                "Bench or box",
                                                                "Step",
                                                                "Stability ball",
                                                                "Dumbbell",
                                                                "Loop band",
                                                                "Broomstick",
                                                                "String at knee height",
                                                                "Lacrosse ball",
                                                                "Peanut ball",
                                                                "Pillow",
                                                                "Leg extension machine",
                                                                "Leg curl machine",
                                                                "Leg press machine",
                                                                "Wall"};

} // namespace

static_assert(kPropKindCount == 14 &&
                  equipment_of(PropKind::legPressMachine) == Equipment::legPressMachine,
              "the first equipment kinds are the props, in the same order");

std::string_view equipment_name(Equipment equipment) {
    return kNames[static_cast<int>(equipment)];
}

std::optional<Equipment> equipment_from_name(std::string_view name) {
    return enum_from_name<Equipment>(kNames, name);
}

std::string_view equipment_title(Equipment equipment) {
    return kTitles[static_cast<int>(equipment)];
}

} // namespace legwork
