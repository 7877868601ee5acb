// CPU use of the real hostspace over a window of seconds (default 10) with the control and
// projector windows open: once with a round's timer running, once with nothing running, and
// beside them a naive always-redrawing ImGui loop (busy_loop) measured in the same run.
// Targets: under 2% of one core with the timer running, under 0.5% idle, and under 0.5% with
// the projector in Purpose mode on the harvest's drafts (nothing running). Also prints each
// process's peak resident memory (VmHWM). Needs a display: scripts/bench.sh runs it under Xvfb,
// where GL is Mesa's software llvmpipe, so every frame drawn is counted as CPU work (on a laptop
// with a GPU much of it would not be).
// Prints figures; it is not a timed test and gates nothing.
//
// usage: bench_idle_cpu [SECONDS] [--no-projector]
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include "bench_support.hpp"
#include "core/harvest/drafts.hpp"
#include "core/storage/document.hpp"
#include "core/util/uuid.hpp"

extern char** environ;

using namespace hostspace;
using namespace hostspace::bench;

namespace {

constexpr double kSettleS = 3;  // window mapped, fonts built, first frames drawn

struct Child {
    pid_t pid = -1;
    std::filesystem::path log;
    bool reaped = false;  // waited for: its pid may belong to another process now
};

struct Usage {
    double cpu_percent = 0;  // of one core
    long hwm_kib = 0;        // peak resident memory
};

double monotonic_s() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// utime + stime of the whole process (all its threads, Mesa's included), in clock ticks.
std::optional<long long> cpu_ticks(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(in, stat)) return std::nullopt;
    // The command name (field 2) may hold spaces: count fields from its closing parenthesis.
    std::istringstream rest(stat.substr(stat.rfind(')') + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int n = 3; n <= 15 && rest >> field; ++n) {
        if (n == 14) utime = std::stoll(field);
        if (n == 15) stime = std::stoll(field);
    }
    return utime + stime;
}

long vm_hwm_kib(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    }
    return 0;
}

// Starts argv with stdout and stderr to `log`, HOSTSPACE_CHIME=off and a throw-away config
// and data home (so the bench leaves nothing in the user's recent sessions).
Child spawn(const std::vector<std::string>& argv, const std::filesystem::path& folder,
            const std::string& name) {
    Child child;
    child.log = folder / (name + ".log");
    std::vector<std::string> env_strings = {"HOSTSPACE_CHIME=off",
                                            "XDG_CONFIG_HOME=" + (folder / "config").string(),
                                            "XDG_DATA_HOME=" + (folder / "data").string()};
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        if (entry.rfind("HOSTSPACE_CHIME=", 0) && entry.rfind("XDG_CONFIG_HOME=", 0) &&
            entry.rfind("XDG_DATA_HOME=", 0)) {
            env_strings.push_back(entry);
        }
    }
    std::vector<char*> args, env;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    for (const auto& e : env_strings) env.push_back(const_cast<char*>(e.c_str()));
    args.push_back(nullptr);
    env.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, child.log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const int error = posix_spawn(&child.pid, args[0], &actions, nullptr, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (error) {
        std::cerr << "bench_idle_cpu: cannot start " << argv[0] << ": " << std::strerror(error)
                  << "\n";
        child.pid = -1;
    }
    return child;
}

bool still_running(Child& child) {
    int status = 0;
    if (waitpid(child.pid, &status, WNOHANG) == 0) return true;
    child.reaped = true;
    std::cerr << "bench_idle_cpu: " << child.log.stem().string() << " ended early ("
              << (WIFSIGNALED(status) ? std::string("signal ") + strsignal(WTERMSIG(status))
                                      : "exit code " + std::to_string(WEXITSTATUS(status)))
              << "); its output:\n";
    std::ifstream log(child.log);
    std::cerr << log.rdbuf() << "\n";
    return false;
}

// TERM, then up to 5 s for it to go; KILL only if it does not.
void stop(const Child& child) {
    if (child.reaped) return;
    kill(child.pid, SIGTERM);
    for (int i = 0; i < 50; ++i) {
        if (waitpid(child.pid, nullptr, WNOHANG) == child.pid) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::cerr << "bench_idle_cpu: " << child.log.stem().string() << " ignored TERM; killing it\n";
    kill(child.pid, SIGKILL);
    waitpid(child.pid, nullptr, 0);
}

std::optional<Usage> measure(const std::vector<std::string>& argv,
                             const std::filesystem::path& folder, const std::string& name,
                             double seconds) {
    Child child = spawn(argv, folder, name);
    if (child.pid < 0) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::duration<double>(kSettleS));
    std::optional<Usage> usage;
    const auto before = cpu_ticks(child.pid);
    const double start = monotonic_s();
    if (still_running(child) && before) {
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
        const auto after = cpu_ticks(child.pid);
        const double wall = monotonic_s() - start;
        if (still_running(child) && after) {
            const double cpu_s = double(*after - *before) / double(sysconf(_SC_CLK_TCK));
            usage = Usage{100.0 * cpu_s / wall, vm_hwm_kib(child.pid)};
        }
    }
    stop(child);
    return usage;
}

// A session with one 20-minute round on the agenda; started now when `running`.
std::filesystem::path make_session(const std::filesystem::path& folder, const std::string& name,
                                   bool running) {
    const auto path = folder / (name + ".hostspace");
    Document doc = Document::create(path, "Bench: " + name, DocumentOptions{new_uuid()});
    const std::string round = new_uuid();
    doc.commit({AddRound{round, "Check-in", "What brings you here today?", "", 20 * 60, {}, 1}});
    if (running) doc.commit({StartRound{round, 0, system_clock_ms()}});
    return path;  // the Document closes here, so hostspace is the only writer
}

// A session with two purpose drafts and nothing running: Purpose mode's screen.
std::filesystem::path make_purpose_session(const std::filesystem::path& folder) {
    const auto path = folder / "purpose.hostspace";
    Document doc = Document::create(path, "Bench: purpose", DocumentOptions{new_uuid()});
    doc.commit({new_draft(doc.state().harvest, new_uuid(), new_uuid(), "Table 1",
                          "We come together to listen to children and young people so that our "
                          "services change because they spoke.",
                          "Table 1")});
    doc.commit({new_draft(doc.state().harvest, new_uuid(), new_uuid(), "Table 2",
                          "We come together to join up what each of us does alone so that no "
                          "child falls between our services.",
                          "Table 2")});
    return path;
}

void print_row(const std::string& what, const std::optional<Usage>& usage,
               const std::string& target) {
    if (!usage) {
        std::printf("%-46s %10s %12s   %s\n", what.c_str(), "failed", "-", target.c_str());
        return;
    }
    std::printf("%-46s %9.2f%% %8.1f MiB   %s\n", what.c_str(), usage->cpu_percent,
                double(usage->hwm_kib) / 1024.0, target.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    double seconds = 10;
    bool projector = true;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--no-projector") {
            projector = false;
        } else {
            seconds = std::atof(argv[i]);
        }
    }
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        std::cerr << "bench_idle_cpu: needs a display (scripts/bench.sh runs it under xvfb-run)\n";
        return 1;
    }
    const auto folder = scratch_folder("idle-cpu");
    const std::string hostspace = HOSTSPACE_BIN;
    auto command = [&](const std::filesystem::path& session) {
        std::vector<std::string> argv = {hostspace, session.string()};
        if (projector) argv.push_back("--projector");
        return argv;
    };
    const auto running = make_session(folder, "running", true);
    const auto idle = make_session(folder, "idle", false);
    const std::string windows = projector ? "control + projector" : "control only";

    const auto timer = measure(command(running), folder, "hostspace-running", seconds);
    const auto nothing = measure(command(idle), folder, "hostspace-idle", seconds);
    std::optional<Usage> purpose;
    if (projector) {
        std::vector<std::string> argv = command(make_purpose_session(folder));
        argv.insert(argv.end(), {"--mode", "purpose"});
        purpose = measure(argv, folder, "hostspace-purpose", seconds);
    }
    const auto busy = measure({BUSY_LOOP_BIN}, folder, "busy_loop", seconds);

    std::printf(
        "idle CPU over %.0f s after %.0f s to settle (%% of one core, from utime+stime in "
        "%ld Hz ticks: +/- %.2f%%), peak RSS (VmHWM)\n",
        seconds, kSettleS, sysconf(_SC_CLK_TCK), 100.0 / double(sysconf(_SC_CLK_TCK)) / seconds);
    print_row("hostspace, a timer running (" + windows + ")", timer, "target < 2%");
    print_row("hostspace, nothing running (" + windows + ")", nothing, "target < 0.5%");
    if (projector) {
        print_row("hostspace, Purpose mode on 2 drafts (" + windows + ")", purpose,
                  "target < 0.5%");
    }
    print_row("busy_loop: naive ImGui loop, always redrawing", busy, "for comparison");
    std::filesystem::remove_all(folder);
    return 0;
}
