#include "app/gui/text/atlas_install.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui_internal.h>

namespace hostspace::gui {
namespace {

// The atlas as one 8-bit channel, read as white with that alpha: a quarter of the RGBA copy
// the OpenGL backend would upload (a projector's atlas with thousands of CJK characters is
// 40 MB as alpha, 150 MB as RGBA, and the upload is what the window's thread waits for).
unsigned upload_alpha(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    GLint last_texture = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture)));
    return texture;
}

}  // namespace

void install_atlas(BuiltAtlas& built, bool upload) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImFontAtlas* previous = g.IO.Fonts;
    if (g.FontAtlasOwnedByContext) {
        IM_DELETE(g.IO.Fonts);
        g.FontAtlasOwnedByContext = false;
        previous = nullptr;
    }
    g.IO.Fonts = built.atlas.get();
    if (!upload) return;  // the backend uploads it in its first frame, as RGBA
    // The backend's own texture (its first frame's) is let go once: from here on the atlas's
    // textures are these, each freed when the next one replaces it.
    if (previous && previous->TexID) {
        const auto old = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(previous->TexID));
        glDeleteTextures(1, &old);
        previous->SetTexID(nullptr);
    }
    ImGui_ImplOpenGL3_DestroyFontsTexture();  // nothing if it is gone already
    g.IO.Fonts = built.atlas.get();           // DestroyFontsTexture cleared its TexID
    upload_alpha(*built.atlas);
}

void release_atlas(ImGuiContext* context, const BuiltAtlas* atlas) {
    if (!context || !atlas || context->IO.Fonts != atlas->atlas.get()) return;
    context->IO.Fonts = IM_NEW(ImFontAtlas)();
    context->FontAtlasOwnedByContext = true;
}

}  // namespace hostspace::gui
