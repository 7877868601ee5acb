// Journal append rate and latency with fdatasync, beside a bare write+fdatasync of the same
// bytes on the same disk, interleaved op by op in the same run; prints the p99 ratio
// (target: within 2x).
#include <fcntl.h>
#include <unistd.h>

#include "bench_support.hpp"
#include "core/storage/document.hpp"
#include "core/util/uuid.hpp"

using namespace hostspace;
using namespace hostspace::bench;

namespace {

std::string bytes_at(const std::filesystem::path& file, std::uint64_t from, std::uint64_t to) {
    std::string bytes(to - from, '\0');
    const int fd = ::open(file.c_str(), O_RDONLY);
    const ssize_t n = ::pread(fd, bytes.data(), bytes.size(), static_cast<off_t>(from));
    ::close(fd);
    bytes.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    return bytes;
}

void print_row(const char* name, const std::vector<double>& ms, double total_ms) {
    std::printf("%-28s %6zu ops  %8.0f ops/s  p50 %6.3f ms  p99 %6.3f ms  max %6.3f ms\n", name,
                ms.size(), double(ms.size()) / (total_ms / 1000.0), percentile(ms, 50),
                percentile(ms, 99), percentile(ms, 100));
}

}  // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 2000;
    const auto folder = scratch_folder("journal");
    const auto journal = folder / "s.hostspace" / "journal.jsonl";
    const auto bare_file = folder / "bare.jsonl";
    const int bare = ::open(bare_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);

    std::vector<double> commit_ms, bare_ms;
    double commit_total = 0, bare_total = 0;
    Document doc = Document::create(folder / "s.hostspace", "bench", DocumentOptions{new_uuid()});
    for (int i = 0; i < count; ++i) {
        const std::string id = new_uuid();
        const std::uint64_t before = std::filesystem::file_size(journal);
        auto start = Clock::now();
        doc.commit(
            {AddNote{id,
                     "Invite service users into the room from the start, note " + std::to_string(i),
                     "Participant",
                     "Organisation",
                     "yellow",
                     "",
                     {float(i), 0}}});
        commit_ms.push_back(ms_since(start));
        commit_total += commit_ms.back();

        const std::string line = bytes_at(journal, before, std::filesystem::file_size(journal));
        start = Clock::now();
        if (::write(bare, line.data(), line.size()) != ssize_t(line.size()) || ::fdatasync(bare)) {
            std::perror("bare write");
            return 1;
        }
        bare_ms.push_back(ms_since(start));
        bare_total += bare_ms.back();
    }
    ::close(bare);
    std::printf("journal append benchmark, %d ops of ~%zu bytes, folder %s\n", count,
                std::filesystem::file_size(journal) / std::size_t(count + 1),
                folder.string().c_str());
    print_row("Document::commit (fsync)", commit_ms, commit_total);
    print_row("bare write+fdatasync", bare_ms, bare_total);
    std::printf("p99 ratio commit/bare: %.2f (target <= 2.0)\n",
                percentile(commit_ms, 99) / percentile(bare_ms, 99));
    std::filesystem::remove_all(folder);
    return 0;
}
