#pragma once
// Every use of rapidjson goes through this header so that all translation units see the same
// configuration as cereal's (assertions throw instead of aborting): one definition everywhere.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cereal/archives/json.hpp>
