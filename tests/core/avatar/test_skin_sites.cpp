// Body sites put on a mesh's skin: on the built-in mannequin they are the canonical ones;
// on a fuller body they lie further out, on its soles and fingertips and back.
#include "avatar_fixture.h"
#include "core/avatar/skin_sites.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("On the built-in avatar, the sites put on its skin are the canonical skeleton's",
          "[avatar][sites]") {
    // The average build: the one the canonical sites and the demonstrations are made for.
    const Skeleton canonical = make_skeleton();
    Skeleton placed = canonical;
    place_sites_on_skin(test::avatar(), placed);
    for (int s = 0; s < kSiteCount; ++s) {
        INFO(site_name(static_cast<Site>(s)));
        CHECK(placed.sites[s].joint == canonical.sites[s].joint);
        CHECK(glm::distance(placed.sites[s].offset_m, canonical.sites[s].offset_m) < 0.002f);
    }
}

TEST_CASE("On a body a centimetre fuller all round, every site lies a centimetre further out",
          "[avatar][sites]") {
    constexpr float kFuller_m = 0.01f;
    SkinnedMesh fuller = test::avatar();
    for (std::size_t v = 0; v < fuller.vertex_count(); ++v)
        fuller.positions[v] += kFuller_m * fuller.normals[v];
    const Skeleton canonical = make_skeleton();
    Skeleton placed = canonical;
    place_sites_on_skin(test::avatar(), placed);
    Skeleton on_fuller = canonical;
    place_sites_on_skin(fuller, on_fuller);
    for (int s = 0; s < kSiteCount; ++s) {
        INFO(site_name(static_cast<Site>(s)));
        CHECK(glm::distance(on_fuller.sites[s].offset_m, placed.sites[s].offset_m) ==
              Approx(kFuller_m).margin(0.003f));
    }
    // The soles went below the floor with the skin, and the sites with them.
    CHECK(on_fuller.sites[index(Site::leftHeel)].offset_m.y ==
          Approx(placed.sites[index(Site::leftHeel)].offset_m.y - kFuller_m).margin(0.002f));
}
