#include "app/gui/shell/screenshot.hpp"

#include <glad/gl.h>
#include <stb_image_write.h>  // implementation in libstb

#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>

namespace hostspace::gui {

OffscreenTarget::OffscreenTarget(int width, int height) : width_(width), height_(height) {
    glGenFramebuffers(1, &framebuffer_);
    glGenRenderbuffers(1, &colour_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDeleteRenderbuffers(1, &colour_);
        glDeleteFramebuffers(1, &framebuffer_);
        throw std::runtime_error("cannot make an off-screen framebuffer of " +
                                 std::to_string(width) + "x" + std::to_string(height));
    }
}

OffscreenTarget::~OffscreenTarget() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteRenderbuffers(1, &colour_);
    glDeleteFramebuffers(1, &framebuffer_);
}

std::vector<std::uint8_t> OffscreenTarget::read_rgb() const {
    const std::size_t row = static_cast<std::size_t>(width_) * 3;
    std::vector<std::uint8_t> bottom_up(row * static_cast<std::size_t>(height_));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGB, GL_UNSIGNED_BYTE, bottom_up.data());
    // GL counts rows from the bottom; images from the top.
    std::vector<std::uint8_t> top_down(bottom_up.size());
    for (int y = 0; y < height_; ++y) {
        std::memcpy(&top_down[static_cast<std::size_t>(y) * row],
                    &bottom_up[static_cast<std::size_t>(height_ - 1 - y) * row], row);
    }
    return top_down;
}

void write_png(const std::filesystem::path& file, int width, int height,
               const std::vector<std::uint8_t>& rgb) {
    const std::filesystem::path temporary = file.string() + ".tmp";
    if (!stbi_write_png(temporary.string().c_str(), width, height, 3, rgb.data(), width * 3)) {
        throw std::runtime_error(file.string() + ": cannot write the PNG file");
    }
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    if (ec) {
        const std::string reason = ec.message();
        std::filesystem::remove(temporary, ec);
        throw std::runtime_error(file.string() + ": cannot write the PNG file (" + reason + ")");
    }
}

}  // namespace hostspace::gui
