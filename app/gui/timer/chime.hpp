#pragma once
// The chime at the end of a round: an effect the loop runs, never part of the session. ring()
// only hands the work to a worker thread, so the GUI never waits on audio; the sound server is
// first contacted on that thread at the first ring, so startup never waits on it either.
//
// With no sound server or device, one warning line goes to stderr and the chime stays off for
// the rest of the run. HOSTSPACE_CHIME=off (or 0) mutes it completely: no thread, no audio
// connection (the tests run that way).
#include <memory>
#include <thread>

namespace hostspace::gui {

// HOSTSPACE_CHIME is "off" or "0" (any case for "off").
bool chime_muted_by_environment();

class Chime {
  public:
    Chime();  // muted when the environment says so
    explicit Chime(bool muted);
    ~Chime();  // stops a chime that is still sounding and joins the worker
    Chime(const Chime&) = delete;
    Chime& operator=(const Chime&) = delete;

    // Plays the chime once, in the background; returns at once. A ring while one is still
    // sounding plays once more after it (rings are not stacked up beyond one).
    void ring();
    // Muted by the environment, or switched off after the sound output failed.
    bool off() const;

    struct Shared;  // between this thread and the worker (chime.cpp)

  private:
    bool muted_;
    std::shared_ptr<Shared> shared_;
    std::thread worker_;
};

}  // namespace hostspace::gui
