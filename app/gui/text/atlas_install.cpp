#include "app/gui/text/atlas_install.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui_internal.h>

namespace hostspace::gui {

void install_atlas(BuiltAtlas& built, bool upload) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.FontAtlasOwnedByContext) {
        IM_DELETE(g.IO.Fonts);
        g.FontAtlasOwnedByContext = false;
    }
    g.IO.Fonts = built.atlas.get();
    if (upload) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

void release_atlas(ImGuiContext* context, const BuiltAtlas* atlas) {
    if (!context || !atlas || context->IO.Fonts != atlas->atlas.get()) return;
    context->IO.Fonts = IM_NEW(ImFontAtlas)();
    context->FontAtlasOwnedByContext = true;
}

}  // namespace hostspace::gui
