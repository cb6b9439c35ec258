#pragma once

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/devicecodeinfo.h>
#include <mrauth/mrauth_export.h>

#include <functional>

namespace MrAuth {

//! Options for DeviceCodeCredential.
struct MRAUTH_EXPORT DeviceCodeCredentialOptions : AzureCredentialOptions
{
    //! Called (besides DeviceCodeCredential::deviceCodeReceived()) with the code to show the
    //! user. When neither is used, the message is printed to stderr, as Azure Identity does.
    std::function<void(const DeviceCodeInfo &info)> deviceCodeCallback;
};

} // namespace MrAuth
