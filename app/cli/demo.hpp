#pragma once
// The bundled demo: a children and young people's board co-creating its purpose and principles,
// with about 30 notes in 5 themes (assets/demo/demo-notes.csv).
#include <filesystem>

#include "core/storage/document.hpp"

namespace hostspace::cli {

// Writes the demo session into `folder`, replacing an earlier demo there. Throws
// hostspace::Error if it cannot be written.
void write_demo_session(const std::filesystem::path& folder, const std::filesystem::path& assets,
                        const DocumentOptions& options);

// The user's demo session (in the data folder), made the first time it is asked for.
std::filesystem::path ensure_demo_session(const std::filesystem::path& assets,
                                          const DocumentOptions& options);

}  // namespace hostspace::cli
