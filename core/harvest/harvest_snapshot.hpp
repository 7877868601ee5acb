#pragma once
// How the harvest is written in the snapshot (core/storage/snapshot.cpp includes this). Every
// field keeps its stamp, through snapshot.cpp's serialize for Lww and Stamp, which cereal finds
// by argument-dependent lookup when it instantiates these. Enums are written as their numbers,
// as the agenda's are.
#include <cereal/cereal.hpp>
#include <cereal/types/array.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "core/harvest/harvest.hpp"

namespace hostspace {

template <class Archive>
void serialize(Archive& ar, Assignee& a) {
    ar(cereal::make_nvp("participant", a.participant_id), cereal::make_nvp("name", a.name));
}

template <class Archive>
void serialize(Archive& ar, SourceLink& s) {
    ar(cereal::make_nvp("id", s.id), cereal::make_nvp("linked", s.linked));
}

template <class Archive>
void serialize(Archive& ar, DraftVersion& v) {
    ar(cereal::make_nvp("id", v.id), cereal::make_nvp("text", v.text),
       cereal::make_nvp("author", v.author), cereal::make_nvp("based_on", v.based_on),
       cereal::make_nvp("restored_from", v.restored_from), cereal::make_nvp("at_ms", v.at_ms),
       cereal::make_nvp("stamp", v.stamp), cereal::make_nvp("withdrawn", v.withdrawn));
}

template <class Archive>
void serialize(Archive& ar, Draft& d) {
    ar(cereal::make_nvp("id", d.id), cereal::make_nvp("created", d.created_ms),
       cereal::make_nvp("label", d.label), cereal::make_nvp("sources", d.sources),
       cereal::make_nvp("versions", d.versions), cereal::make_nvp("rank", d.rank),
       cereal::make_nvp("deleted", d.deleted));
}

template <class Archive>
void serialize(Archive& ar, ConsentAnswer& a) {
    ar(cereal::make_nvp("kind", a.kind), cereal::make_nvp("reason", a.reason));
}

template <class Archive>
void serialize(Archive& ar, NamedResponse& r) {
    ar(cereal::make_nvp("person", r.person), cereal::make_nvp("answer", r.answer));
}

template <class Archive>
void serialize(Archive& ar, ObjectionResolution& r) {
    ar(cereal::make_nvp("outcome", r.outcome), cereal::make_nvp("note", r.note));
}

template <class Archive>
void serialize(Archive& ar, Objection& o) {
    ar(cereal::make_nvp("id", o.id), cereal::make_nvp("by", o.by),
       cereal::make_nvp("reason", o.reason), cereal::make_nvp("raised_ms", o.raised_ms),
       cereal::make_nvp("resolution", o.resolution), cereal::make_nvp("deleted", o.deleted));
}

template <class Archive>
void serialize(Archive& ar, Agreement& a) {
    ar(cereal::make_nvp("agreed", a.agreed), cereal::make_nvp("date", a.date),
       cereal::make_nvp("review_date", a.review_date));
}

template <class Archive>
void serialize(Archive& ar, ConsentRound& r) {
    ar(cereal::make_nvp("id", r.id), cereal::make_nvp("opened_ms", r.opened_ms),
       cereal::make_nvp("subject", r.subject), cereal::make_nvp("draft", r.draft_id),
       cereal::make_nvp("version", r.version_id), cereal::make_nvp("mode", r.mode),
       cereal::make_nvp("responses", r.responses), cereal::make_nvp("counts", r.counts),
       cereal::make_nvp("objections", r.objections), cereal::make_nvp("agreement", r.agreement),
       cereal::make_nvp("agreed_ms", r.agreed_ms), cereal::make_nvp("deleted", r.deleted));
}

template <class Archive>
void serialize(Archive& ar, Principle& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("created", p.created_ms),
       cereal::make_nvp("title", p.title), cereal::make_nvp("statement", p.statement),
       cereal::make_nvp("champion", p.champion), cereal::make_nvp("sources", p.sources),
       cereal::make_nvp("rank", p.rank), cereal::make_nvp("deleted", p.deleted));
}

template <class Archive>
void serialize(Archive& ar, LinePlace& p) {
    ar(cereal::make_nvp("principle", p.principle_id), cereal::make_nvp("kind", p.kind),
       cereal::make_nvp("rank", p.rank));
}

template <class Archive>
void serialize(Archive& ar, PrincipleLine& l) {
    ar(cereal::make_nvp("id", l.id), cereal::make_nvp("place", l.place),
       cereal::make_nvp("text", l.text), cereal::make_nvp("deleted", l.deleted));
}

template <class Archive>
void serialize(Archive& ar, Action& a) {
    ar(cereal::make_nvp("id", a.id), cereal::make_nvp("created", a.created_ms),
       cereal::make_nvp("what", a.what), cereal::make_nvp("who", a.who),
       cereal::make_nvp("due", a.due), cereal::make_nvp("status", a.status),
       cereal::make_nvp("principle", a.principle_id), cereal::make_nvp("rank", a.rank),
       cereal::make_nvp("deleted", a.deleted));
}

template <class Archive>
void serialize(Archive& ar, FocusItem& f) {
    ar(cereal::make_nvp("id", f.id), cereal::make_nvp("created", f.created_ms),
       cereal::make_nvp("question", f.question), cereal::make_nvp("who", f.who),
       cereal::make_nvp("when", f.when), cereal::make_nvp("rank", f.rank),
       cereal::make_nvp("deleted", f.deleted));
}

template <class Archive>
void serialize(Archive& ar, Harvest& h) {
    ar(cereal::make_nvp("drafts", h.drafts), cereal::make_nvp("consent_rounds", h.consent_rounds),
       cereal::make_nvp("principles", h.principles), cereal::make_nvp("lines", h.lines),
       cereal::make_nvp("actions", h.actions), cereal::make_nvp("focus", h.focus));
}

}  // namespace hostspace
