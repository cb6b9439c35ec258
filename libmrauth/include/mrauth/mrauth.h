#pragma once

// Convenience header: everything of libmrauth's public API.
#include <mrauth/accesstoken.h>
#include <mrauth/accountdomain.h>
#include <mrauth/accountkeycredential.h>
#include <mrauth/clock.h>
#include <mrauth/correlationvector.h>
#include <mrauth/error.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealityaccountkeycredential.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/mixedrealitystsclientoptions.h>
#include <mrauth/mixedrealitytokencredential.h>
#include <mrauth/mrauth_version.h>
#include <mrauth/retrypolicy.h>
#include <mrauth/staticaccesstokencredential.h>
#include <mrauth/tokencredential.h>
#include <mrauth/tokenreply.h>
