#include "app/gui/sync/sync_link.hpp"

#include "core/sync/curl_transport.hpp"
#include "core/sync/sync_pass.hpp"

namespace hostspace::gui {

SyncLink::SyncLink(const sync::SyncSettings& settings, const std::string& password,
                   const std::string& device_id, std::function<void()> wake)
    : settings_(settings) {
    worker_ = std::make_unique<sync::SyncWorker>(
        sync::SyncTarget{sync::folder_url(settings.server_url), settings.event_id, device_id},
        std::make_unique<sync::CurlTransport>(sync::transport_settings_for(settings, password)),
        std::move(wake), system_clock_ms);
}

std::size_t SyncLink::tick(Document& document) {
    std::size_t folded = 0;
    if (auto outcome = worker_->take_outcome()) {
        folded = document.merge_foreign(outcome->fetched);
    }
    const bool changed = document.saved_seq() != offered_seq_;
    if (worker_->wants_input(changed)) {
        sync::SyncMemory memory;
        memory.uploaded = worker_->uploaded();
        offered_seq_ = document.saved_seq();
        worker_->start_pass(sync::sync_input_from(document, memory));
    }
    return folded;
}

std::uint64_t SyncLink::pending(const Document& document) const {
    const std::uint64_t saved = document.saved_seq();
    const std::uint64_t uploaded = worker_->uploaded();
    return saved > uploaded ? saved - uploaded : 0;
}

sync::SyncPhrase SyncLink::phrase(const Document& document) const {
    return sync::describe_sync(status(), pending(document),
                               sync::local_utc_offset_minutes(system_clock_ms()));
}

}  // namespace hostspace::gui
