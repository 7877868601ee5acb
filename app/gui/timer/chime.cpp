#include "app/gui/timer/chime.hpp"

#include <pulse/error.h>
#include <pulse/simple.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include "core/timer/chime_tone.hpp"

namespace hostspace::gui {

struct Chime::Shared {
    std::mutex mutex;
    std::condition_variable changed;
    bool pending = false;           // a ring to play
    bool done = false;              // the worker has finished
    std::atomic<bool> stop{false};  // the owner is going away: cut the sound short
    std::atomic<bool> off{false};   // the sound output failed: never try again
};

namespace {

// Written in slices this long, so a stop request cuts a playing chime within one slice.
constexpr int kSliceMs = 20;
// How long the destructor waits for the worker. Playing stops within a slice once the sound
// server takes data, but a sink that is still waking up (or a server that accepts the
// connection and never answers) can hold a write longer, and quitting must not hang on that.
constexpr auto kJoinWait = std::chrono::seconds(1);

void warn_off(const std::string& why) {
    std::cerr << "hostspace: chime: no sound output (" << why << "): the chime is off\n";
}

// Plays the tone through the PulseAudio simple API (PipeWire's pulse server on Debian 12
// laptops). The connection is made per ring and closed after it, so an idle app holds no
// stream open and the sound card can sleep. Returns false, having said why, when there is no
// server or device.
bool play(const std::vector<std::int16_t>& tone, const std::atomic<bool>& stop) {
    pa_sample_spec spec{};
    spec.format = PA_SAMPLE_S16NE;
    spec.rate = kChimeSampleRate;
    spec.channels = 1;
    const auto slice = static_cast<std::size_t>(kChimeSampleRate * kSliceMs / 1000);
    // A short target buffer keeps writes paced with playback, so stop takes effect quickly;
    // the defaults would swallow the whole tone at once and leave only a long drain.
    pa_buffer_attr attr{};
    attr.maxlength = static_cast<std::uint32_t>(-1);
    attr.tlength = static_cast<std::uint32_t>(slice * 5 * sizeof(std::int16_t));
    attr.prebuf = static_cast<std::uint32_t>(-1);
    attr.minreq = static_cast<std::uint32_t>(-1);
    attr.fragsize = static_cast<std::uint32_t>(-1);
    int error = 0;
    pa_simple* out = pa_simple_new(nullptr, "hostspace", PA_STREAM_PLAYBACK, nullptr, "chime",
                                   &spec, nullptr, &attr, &error);
    if (!out) {
        warn_off(pa_strerror(error));
        return false;
    }
    bool ok = true;
    for (std::size_t at = 0; at < tone.size() && ok && !stop; at += slice) {
        const std::size_t n = std::min(slice, tone.size() - at);
        ok = pa_simple_write(out, tone.data() + at, n * sizeof(std::int16_t), &error) == 0;
    }
    if (ok) ok = (stop ? pa_simple_flush(out, &error) : pa_simple_drain(out, &error)) == 0;
    pa_simple_free(out);
    if (!ok) warn_off(pa_strerror(error));
    return ok;
}

// Holds its own reference to the shared state, so it stays valid even if the owner gave up
// waiting for it (see kJoinWait).
void work(std::shared_ptr<Chime::Shared> shared) {
    const std::vector<std::int16_t> tone = make_chime_tone(kChimeSampleRate);
    std::unique_lock<std::mutex> lock(shared->mutex);
    while (true) {
        shared->changed.wait(lock, [&] { return shared->pending || shared->stop; });
        if (shared->stop) break;
        shared->pending = false;
        lock.unlock();
        const bool played = play(tone, shared->stop);
        lock.lock();
        if (!played) {
            shared->off = true;
            break;
        }
    }
    shared->done = true;
    shared->changed.notify_all();
}

}  // namespace

bool chime_muted_by_environment() {
    const char* value = std::getenv("HOSTSPACE_CHIME");
    if (!value) return false;
    std::string v(value);
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v == "off" || v == "0";
}

Chime::Chime() : Chime(chime_muted_by_environment()) {}

Chime::Chime(bool muted) : muted_(muted), shared_(std::make_shared<Shared>()) {}

Chime::~Chime() {
    if (!worker_.joinable()) return;
    std::unique_lock<std::mutex> lock(shared_->mutex);
    shared_->stop = true;
    shared_->changed.notify_all();
    const bool finished = shared_->changed.wait_for(lock, kJoinWait, [&] { return shared_->done; });
    lock.unlock();
    if (finished) {
        worker_.join();
    } else {
        std::cerr << "hostspace: chime: the sound server is slow to answer; quitting without it\n";
        worker_.detach();
    }
}

void Chime::ring() {
    if (off()) return;
    std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->pending = true;
    if (!worker_.joinable()) {
        try {
            worker_ = std::thread(work, shared_);
        } catch (const std::system_error& e) {
            shared_->off = true;
            warn_off(e.what());
            return;
        }
    }
    shared_->changed.notify_one();
}

bool Chime::off() const {
    return muted_ || shared_->off;
}

}  // namespace hostspace::gui
