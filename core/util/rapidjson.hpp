#pragma once
// Every use of rapidjson goes through this header so that all translation units see the same
// configuration as cereal's (assertions throw instead of aborting): one definition everywhere.
// Including a rapidjson header directly anywhere breaks this: the linker keeps one copy of each
// inline function, and an aborting one can end up in cereal's code.
// clang-format off
#include <cereal/archives/json.hpp>  // first: it configures rapidjson
#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
// clang-format on
