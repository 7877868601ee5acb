// Kills a writer (SIGKILL) at random points of a burst of commits, 20 times over one session,
// and checks after each kill that the session opens and holds every op reported as saved.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <sstream>
#include <thread>

#include "../unit/test_support.hpp"
#include "core/storage/document.hpp"
#include "core/util/uuid.hpp"

using namespace hostspace;

namespace {

struct KilledRun {
    std::vector<std::string> saved_ids;  // note ids reported saved, in order
    std::string output;
};

// Runs the writer for `run_for`, then SIGKILLs it. Only lines printed in full count.
KilledRun run_and_kill(const std::filesystem::path& session, const std::string& device,
                       std::chrono::milliseconds run_for) {
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(pipe_fds[1], STDOUT_FILENO);
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        ::execl(HOSTSPACE_CRASH_WRITER, "crash_writer", session.c_str(), device.c_str(), nullptr);
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    std::this_thread::sleep_for(run_for);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    KilledRun run;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0) run.output.append(buffer, n);
    ::close(pipe_fds[0]);
    CHECK(WIFSIGNALED(status));  // it was still writing when killed, not failed early
    std::istringstream lines(run.output);
    std::string line;
    while (std::getline(lines, line)) {
        if (lines.eof()) break;  // the last line was cut off by the kill: not reported
        std::istringstream words(line);
        std::string word, seq, id;
        if (words >> word >> seq >> id && word == "saved") run.saved_ids.push_back(id);
    }
    return run;
}

}  // namespace

TEST_CASE("every op reported saved survives SIGKILL at random points (20 trials)", "[crash]") {
    test::TempDir dir;
    const auto session = dir / "crash.hostspace";
    const std::string device = new_uuid();
    std::mt19937 random(20261121);  // fixed seed: the same kill points every run
    std::uniform_int_distribution<int> run_ms(20, 250);
    std::vector<std::string> all_saved;
    std::size_t warnings_seen = 0;

    for (int trial = 0; trial < 20; ++trial) {
        const KilledRun run =
            run_and_kill(session, device, std::chrono::milliseconds(run_ms(random)));
        all_saved.insert(all_saved.end(), run.saved_ids.begin(), run.saved_ids.end());
        if (!std::filesystem::exists(session / journal_file_name())) {
            // Killed while it was still creating the session (a slow start under the
            // sanitizers): nothing can have been reported saved; the next run creates it.
            REQUIRE(all_saved.empty());
            continue;
        }
        std::vector<std::string> warnings;
        const Document doc = Document::open(session, DocumentOptions{new_uuid()}, warnings);
        warnings_seen += warnings.size();
        INFO("trial " << trial << ", " << run.saved_ids.size() << " saved this run");
        for (const auto& id : all_saved) {
            const Note* note = doc.state().board.find_note(id);
            REQUIRE(note != nullptr);
            CHECK_FALSE(note->deleted.value);
        }
    }
    CHECK(all_saved.size() > 20);  // the writer really wrote between kills
    WARN("saved " << all_saved.size() << " ops over 20 kills; " << warnings_seen
                  << " torn last lines dropped on reopen");
}
