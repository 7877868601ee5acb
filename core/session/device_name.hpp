#pragma once
// A device's id as a stamp holds it: interned, so that every stamp of one device shares one
// copy of its UUID. A std::string of a UUID cost ~80 bytes a stamp, and a note carries seven
// stamps: ~5 MB on a board of 10,000 notes.
#include <string>

namespace hostspace {

class DeviceName {
  public:
    DeviceName();  // the empty name: a field no op has written
    // Implicit: stamps are made from an OpId's device string. Thread-safe.
    DeviceName(const std::string& name);  // NOLINT(google-explicit-constructor)
    DeviceName(const char* name);         // NOLINT(google-explicit-constructor)

    const std::string& str() const { return *name_; }
    operator const std::string&() const { return *name_; }  // NOLINT

    // Interned: equal names are the same object.
    friend bool operator==(const DeviceName& a, const DeviceName& b) { return a.name_ == b.name_; }
    friend bool operator!=(const DeviceName& a, const DeviceName& b) { return a.name_ != b.name_; }
    // By the text, as the fold orders devices: the same order on every machine.
    friend bool operator<(const DeviceName& a, const DeviceName& b) {
        return a.name_ != b.name_ && *a.name_ < *b.name_;
    }

  private:
    const std::string* name_;
};

}  // namespace hostspace
