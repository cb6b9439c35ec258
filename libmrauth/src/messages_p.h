#pragma once

#include <QCoreApplication>

namespace MrAuth {

//! The translation context of libmrauth's messages outside QObject classes.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::Messages)
};

} // namespace MrAuth
