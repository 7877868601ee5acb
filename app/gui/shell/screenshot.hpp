#pragma once
// Rendering without a visible window: an off-screen framebuffer to draw into, read back as a
// PNG (what `hostspace shot` writes).
#include <cstdint>
#include <filesystem>
#include <vector>

namespace hostspace::gui {

// A colour framebuffer of a fixed size; bound while it lives. Needs a current GL context.
// Throws std::runtime_error if the driver cannot make it.
class OffscreenTarget {
  public:
    OffscreenTarget(int width, int height);
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    // RGB rows, top row first.
    std::vector<std::uint8_t> read_rgb() const;
    int width() const { return width_; }
    int height() const { return height_; }

  private:
    int width_, height_;
    unsigned int framebuffer_ = 0, colour_ = 0;
};

// Writes RGB rows (top first) as a PNG via a temporary file renamed into place. Throws
// std::runtime_error naming the file on failure.
void write_png(const std::filesystem::path& file, int width, int height,
               const std::vector<std::uint8_t>& rgb);

}  // namespace hostspace::gui
