#pragma once

// The names the service's tests use unqualified, pulled in once (through ServerTestCase.h or on
// its own) instead of a using-list at the top of every test file.
#include "models/domain/User.h"
#include "server/auth/AuthService.h"
#include "server/auth/UserDirectory.h"
#include "server/db/Database.h"
#include "server/http/ApiServer.h"
#include "tests/support/ServerFixture.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestHttpClient.h"
#include "tests/support/TestMacros.h"

using namespace Qt::StringLiterals;
using tv::LoginRequest;
using tv::Role;
using tv::server::auth::AuthService;
using tv::server::auth::NewUser;
using tv::server::db::Database;
using tv::server::http::ApiServer;
using tv::test::Backend;
using tv::test::HttpResult;
using tv::test::TestDatabase;
using tv::test::TestHttpClient;
