#pragma once
// Builds atlases on a thread of its own, so new characters (typed, imported, synced) never
// stall the window: it goes on drawing with its current atlas, a new character shows as a box
// for the moment the build takes, and the finished atlas is swapped in between two frames.
// One build at a time; a recipe handed in while one runs waits, and a newer one replaces it.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "app/gui/text/glyph_atlas.hpp"

namespace hostspace::gui {

class AtlasWorker {
  public:
    AtlasWorker() = default;
    ~AtlasWorker();
    AtlasWorker(const AtlasWorker&) = delete;
    AtlasWorker& operator=(const AtlasWorker&) = delete;

    void submit(AtlasRecipe recipe);
    // The newest finished atlas, once; null while none is ready.
    std::unique_ptr<BuiltAtlas> take();
    // A recipe is waiting or being built.
    bool busy() const;
    // Blocks until everything handed in is built (tests, `hostspace shot`).
    void wait_idle();

  private:
    void run();

    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::unique_ptr<AtlasRecipe> waiting_;
    std::unique_ptr<BuiltAtlas> done_;
    bool building_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace hostspace::gui
