<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MrAuth::AccountLookup</name>
    <message numerus="yes">
        <source>%n accounts are named &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n account is named &apos;%1&apos;.</numerusform>
            <numerusform>%n accounts are named &apos;%1&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStoreReport</name>
    <message numerus="yes">
        <source>%n account(s) recovered.</source>
        <translation>
            <numerusform>%n account recovered.</numerusform>
            <numerusform>%n accounts recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came from the backup.</source>
        <translation>
            <numerusform>%n of them came from the backup.</numerusform>
            <numerusform>%n of them came from the backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n entry could not be read.</numerusform>
            <numerusform>%n entries could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::AzureCliCredential</name>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n ms.</source>
        <translation>
            <numerusform>The Azure CLI did not answer within %n ms.</numerusform>
            <numerusform>The Azure CLI did not answer within %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandLine</name>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no arguments (%n given).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes no arguments (%n given).</numerusform>
            <numerusform>&apos;%1&apos; takes no arguments (%n given).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2 at most, but %n arguments were given. Secrets are never taken as arguments.</source>
        <translation>
            <numerusform>&apos;%1&apos; takes %2 at most, but %n argument was given. Secrets are never taken as arguments.</numerusform>
            <numerusform>&apos;%1&apos; takes %2 at most, but %n arguments were given. Secrets are never taken as arguments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::DemoMode</name>
    <message numerus="yes">
        <source>The STS emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>The STS emulator did not report its address within %n second.</numerusform>
            <numerusform>The STS emulator did not report its address within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::InteractiveBrowserCredential</name>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n s.</source>
        <translation>
            <numerusform>The sign-in in the browser did not finish within %n s.</numerusform>
            <numerusform>The sign-in in the browser did not finish within %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::MainWindow</name>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n account imported.</numerusform>
            <numerusform>%n accounts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) already present.</source>
        <translation>
            <numerusform>%n account already present.</numerusform>
            <numerusform>%n accounts already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n entry could not be read.</numerusform>
            <numerusform>%n entries could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>Exported %n account to %1 (no secrets).</numerusform>
            <numerusform>Exported %n accounts to %1 (no secrets).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::Messages</name>
    <message numerus="yes">
        <source>%1 did not answer within %n ms.</source>
        <translation>
            <numerusform>%1 did not answer within %n ms.</numerusform>
            <numerusform>%1 did not answer within %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token is not a JWT: it has %n segment(s) instead of three.</source>
        <translation>
            <numerusform>The token is not a JWT: it has %n segment instead of three.</numerusform>
            <numerusform>The token is not a JWT: it has %n segments instead of three.</numerusform>
        </translation>
    </message>
</context>
</TS>
