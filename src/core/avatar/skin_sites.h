#pragma once
// Skin sites: a skeleton's body sites (skeleton.h: heels, toe tips, knees, sacrum, upper
// back, hips' sides, palms, the top of the head...) put on the surface of a mesh, so
// contacts touch down where the model's own skin does: a thicker body lies higher on its
// back, bigger feet reach further.

#include "core/avatar/skinned_mesh.h"

namespace legwork {

// Moves each site of `skeleton` onto the skin of `mesh`, which is bound on `skeleton` at
// its size. In the rest pose, from where the skeleton has the site, along the way it faces
// (down for a sole or a fingertip, back for the sacrum, out for a hip's side), to the
// outermost vertex near that line among those that follow its body part most; less how
// far inside the skin the site lies on the built-in mannequin, whose sites these are
// already. A site with no such vertex keeps its place.
void place_sites_on_skin(const SkinnedMesh& mesh, Skeleton& skeleton);

} // namespace legwork
