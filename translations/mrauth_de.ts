<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MrAuth::AadRequest</name>
    <message>
        <source>Azure AD</source>
        <translation>Azure AD</translation>
    </message>
</context>
<context>
    <name>MrAuth::AadTokenCache</name>
    <message>
        <source>The credential was destroyed before the token arrived.</source>
        <translation>Die Anmeldeinformationen wurden verworfen, bevor das Token eintraf.</translation>
    </message>
</context>
<context>
    <name>MrAuth::Account</name>
    <message>
        <source>Spatial Anchors</source>
        <translation>Spatial Anchors</translation>
    </message>
    <message>
        <source>Remote Rendering</source>
        <translation>Remote Rendering</translation>
    </message>
    <message>
        <source>Object Anchors</source>
        <translation>Object Anchors</translation>
    </message>
    <message>
        <source>Custom service</source>
        <translation>Benutzerdefinierter Dienst</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A custom service needs a name.</source>
        <translation>Ein benutzerdefinierter Dienst benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The authority host must be an https URL, such as https://login.microsoftonline.com.</source>
        <translation>Der Autoritätshost muss eine https-URL sein, z. B. https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>An account entry has no valid &quot;id&quot;.</source>
        <translation>Ein Kontoeintrag hat keine gültige &quot;id&quot;.</translation>
    </message>
    <message>
        <source>An account entry has no &quot;name&quot;.</source>
        <translation>Ein Kontoeintrag hat keinen &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown service.</source>
        <translation>Das Konto „%1“ hat einen unbekannten Dienst.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; lacks its account id or domain.</source>
        <translation>Dem Konto „%1“ fehlt die Konto-ID oder die Domäne.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid STS endpoint.</source>
        <translation>Das Konto „%1“ hat einen ungültigen STS-Endpunkt.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown authentication mode.</source>
        <translation>Das Konto „%1“ hat einen unbekannten Authentifizierungsmodus.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown key slot.</source>
        <translation>Das Konto „%1“ hat eine unbekannte Schlüsselauswahl.</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <source>Azure AD: client secret</source>
        <translation>Azure AD: Clientgeheimnis</translation>
    </message>
    <message>
        <source>Azure AD: device code</source>
        <translation>Azure AD: Gerätecode</translation>
    </message>
    <message>
        <source>Azure AD: interactive browser</source>
        <translation>Azure AD: interaktiver Browser</translation>
    </message>
    <message>
        <source>Azure AD: Azure CLI</source>
        <translation>Azure AD: Azure CLI</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>Enter the account ID, a GUID such as 87e9abb1-79b9-4502-bbae-cfae8c610f23.</source>
        <translation>Geben Sie die Konto-ID ein, eine GUID wie 87e9abb1-79b9-4502-bbae-cfae8c610f23.</translation>
    </message>
    <message>
        <source>The account ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>Die Konto-ID muss eine GUID sein (8-4-4-4-12 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The all-zero GUID is not an account ID.</source>
        <translation>Die GUID aus lauter Nullen ist keine Konto-ID.</translation>
    </message>
    <message>
        <source>Enter the account domain, such as eastus.mixedreality.azure.com.</source>
        <translation>Geben Sie die Kontodomäne ein, z. B. eastus.mixedreality.azure.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name.</source>
        <translation>&apos;%1&apos; ist kein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>The custom STS endpoint is not a valid URL.</source>
        <translation>Der benutzerdefinierte STS-Endpunkt ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback endpoints; use https.</source>
        <translation>Unverschlüsseltes http ist nur für Loopback-Endpunkte zulässig; verwenden Sie https.</translation>
    </message>
    <message>
        <source>The custom STS endpoint must be an https URL.</source>
        <translation>Der benutzerdefinierte STS-Endpunkt muss eine https-URL sein.</translation>
    </message>
    <message>
        <source>Enter the Azure AD tenant ID (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Geben Sie die Azure AD-Mandanten-ID ein (eine GUID oder eine Domäne wie contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The tenant ID must be a GUID or a domain name.</source>
        <translation>Die Mandanten-ID muss eine GUID oder ein Domänenname sein.</translation>
    </message>
    <message>
        <source>Enter the Azure AD application (client) ID, a GUID.</source>
        <translation>Geben Sie die Azure AD-Anwendungs-ID (Client-ID) ein, eine GUID.</translation>
    </message>
    <message>
        <source>The client ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>Die Client-ID muss eine GUID sein (8-4-4-4-12 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid service URL.</source>
        <translation>Das Konto „%1“ hat eine ungültige Dienst-URL.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid authority host.</source>
        <translation>Das Konto „%1“ hat einen ungültigen Autoritätshost.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountConnection</name>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account — %1</source>
        <translation>Konto bearbeiten — %1</translation>
    </message>
    <message>
        <source>Duplicate Account — %1</source>
        <translation>Konto duplizieren — %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How the account appears in MrAuth</source>
        <translation>Wie das Konto in MrAuth angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Custom service name</source>
        <translation>Name des benutzerdefinierten Dienstes</translation>
    </message>
    <message>
        <source>Service na&amp;me:</source>
        <translation>Dienstna&amp;me:</translation>
    </message>
    <message>
        <source>Custom service URL</source>
        <translation>URL des benutzerdefinierten Dienstes</translation>
    </message>
    <message>
        <source>https://service.example.com/ (for the curl command)</source>
        <translation>https://service.example.com/ (für den curl-Befehl)</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Benutzerdefinierte Domäne</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Kontodomäne</translation>
    </message>
    <message>
        <source>eastus.mixedreality.azure.com</source>
        <translation>eastus.mixedreality.azure.com</translation>
    </message>
    <message>
        <source>Account &amp;domain:</source>
        <translation>Konto&amp;domäne:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>&amp;Primärschlüssel:</translation>
    </message>
    <message>
        <source>S&amp;econdary key:</source>
        <translation>S&amp;ekundärschlüssel:</translation>
    </message>
    <message>
        <source>Use pr&amp;imary</source>
        <translation>Pr&amp;imär</translation>
    </message>
    <message>
        <source>Use the primary key</source>
        <translation>Primärschlüssel verwenden</translation>
    </message>
    <message>
        <source>Use secon&amp;dary</source>
        <translation>Sekun&amp;där</translation>
    </message>
    <message>
        <source>Use the secondary key</source>
        <translation>Sekundärschlüssel verwenden</translation>
    </message>
    <message>
        <source>Key in use:</source>
        <translation>Aktiver Schlüssel:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>GUID or contoso.onmicrosoft.com</source>
        <translation>GUID oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Autoritätshost</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Client&amp;geheimnis:</translation>
    </message>
    <message>
        <source>Au&amp;thority host:</source>
        <translation>Au&amp;toritätshost:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Connection (optional)</source>
        <translation>Verbindung (optional)</translation>
    </message>
    <message>
        <source>Custom STS endpoint</source>
        <translation>Benutzerdefinierter STS-Endpunkt</translation>
    </message>
    <message>
        <source>https://sts.&lt;account domain&gt; (default)</source>
        <translation>https://sts.&lt;Kontodomäne&gt; (Standard)</translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation>STS-End&amp;punkt:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatdatei</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust (optional)</source>
        <translation>PEM-Datei einer privaten CA, der vertraut werden soll (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate</source>
        <translation>Nach einem CA-Zertifikat suchen</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>Refresh the token &amp;automatically before it expires</source>
        <translation>Token vor Ablauf automatisch a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the stored secrets from %1…</source>
        <translation>Die gespeicherten Geheimnisse werden gelesen (Speicherort: %1)…</translation>
    </message>
    <message>
        <source>The stored secrets could not be read: %1 Enter them again, or cancel and retry once the keychain is available.</source>
        <translation>Die gespeicherten Geheimnisse konnten nicht gelesen werden: %1 Geben Sie sie erneut ein, oder brechen Sie ab und versuchen Sie es erneut, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>Enter the primary key, or use the secondary key.</source>
        <translation>Geben Sie den Primärschlüssel ein, oder verwenden Sie den Sekundärschlüssel.</translation>
    </message>
    <message>
        <source>Enter the secondary key, or use the primary key.</source>
        <translation>Geben Sie den Sekundärschlüssel ein, oder verwenden Sie den Primärschlüssel.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Clientgeheimnis ein.</translation>
    </message>
    <message>
        <source>✓ A valid account ID.</source>
        <translation>✓ Eine gültige Konto-ID.</translation>
    </message>
    <message>
        <source>A custom domain: the STS is https://sts.%1</source>
        <translation>Eine benutzerdefinierte Domäne: Der STS ist https://sts.%1</translation>
    </message>
    <message>
        <source>✓ Region %1; the STS is https://sts.%2</source>
        <translation>✓ Region %1; der STS ist https://sts.%2</translation>
    </message>
    <message>
        <source>You will be shown a code to enter at the sign-in page on any device.</source>
        <translation>Ihnen wird ein Code angezeigt, den Sie auf der Anmeldeseite auf einem beliebigen Gerät eingeben.</translation>
    </message>
    <message>
        <source>Your browser opens for the sign-in; the app must allow the redirect URI http://localhost.</source>
        <translation>Ihr Browser wird für die Anmeldung geöffnet; die App muss den Umleitungs-URI http://localhost zulassen.</translation>
    </message>
    <message>
        <source>Uses the account signed in with &apos;az login&apos; (az must be on PATH).</source>
        <translation>Verwendet das mit „az login“ angemeldete Konto (az muss im PATH liegen).</translation>
    </message>
    <message>
        <source>optional: the CLI&apos;s tenant by default</source>
        <translation>optional: standardmäßig der Mandant der CLI</translation>
    </message>
    <message>
        <source>Fix the form first: %1</source>
        <translation>Korrigieren Sie zuerst das Formular: %1</translation>
    </message>
    <message>
        <source>Sign in: open %1 and enter the code %2. Waiting…</source>
        <translation>Anmeldung: Öffnen Sie %1, und geben Sie den Code %2 ein. Warten…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser (%1)…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser (%1)…</translation>
    </message>
    <message>
        <source>Getting a token from the STS…</source>
        <translation>Token wird vom STS abgerufen…</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>X-MRC-CV: %1
MS-CV: %2</source>
        <translation>X-MRC-CV: %1
MS-CV: %2</translation>
    </message>
    <message>
        <source>✓ The STS issued a token, valid until %1 (%2 ms).
%3</source>
        <translation>✓ Der STS hat ein Token ausgestellt, gültig bis %1 (%2 ms).
%3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>
HTTP status: %1</source>
        <translation>
HTTP-Status: %1</translation>
    </message>
    <message>
        <source>
WWW-Authenticate: %1</source>
        <translation>
WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>test connection</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Storing the secrets in %1…</source>
        <translation>Die Geheimnisse werden gespeichert (Speicherort: %1)…</translation>
    </message>
    <message>
        <source>The secrets could not be stored, so the account was not saved: %1</source>
        <translation>Die Geheimnisse konnten nicht gespeichert werden, daher wurde das Konto nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 anzeigen oder ausblenden</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountEdit</name>
    <message>
        <source>The account needs a name that is not empty.</source>
        <translation>Das Konto benötigt einen Namen, der nicht leer ist.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already; change it with &apos;mrauth accounts edit %1&apos; or choose another name.</source>
        <translation>Ein Konto namens &apos;%1&apos; ist bereits vorhanden; ändern Sie es mit &apos;mrauth accounts edit %1&apos;, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>--rename needs a name that is not empty.</source>
        <translation>--rename benötigt einen Namen, der nicht leer ist.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already.</source>
        <translation>Ein Konto namens &apos;%1&apos; ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Give --account-domain or --region, not both.</source>
        <translation>Geben Sie --account-domain oder --region an, nicht beides.</translation>
    </message>
    <message>
        <source>account domain</source>
        <translation>Kontodomäne</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>STS-Endpunkt</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Say how the account signs in to Azure AD with --auth client-secret, device-code, interactive-browser or azure-cli.</source>
        <translation>Geben Sie mit --auth client-secret, device-code, interactive-browser oder azure-cli an, wie sich das Konto bei Azure AD anmeldet.</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>Schlüsselauswahl</translation>
    </message>
    <message>
        <source>tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>authority host</source>
        <translation>Autoritätshost</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>Azure AD-Bereich</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>automatische Aktualisierung</translation>
    </message>
    <message>
        <source>--%1 is for Azure AD sign-in, but the account uses an account key (choose the sign-in with --auth).</source>
        <translation>--%1 ist für die Azure AD-Anmeldung gedacht, aber das Konto verwendet einen Kontoschlüssel (wählen Sie die Anmeldung mit --auth).</translation>
    </message>
    <message>
        <source>--key-slot is for account keys, but the account signs in with Azure AD.</source>
        <translation>--key-slot ist für Kontoschlüssel gedacht, aber das Konto meldet sich mit Azure AD an.</translation>
    </message>
    <message>
        <source>--key-stdin stores an account key, but the account signs in with Azure AD.</source>
        <translation>--key-stdin speichert einen Kontoschlüssel, aber das Konto meldet sich mit Azure AD an.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>--client-secret-stdin stores a client secret, but the account does not sign in with one (--auth client-secret).</source>
        <translation>--client-secret-stdin speichert ein Clientgeheimnis, aber das Konto meldet sich nicht damit an (--auth client-secret).</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation>Nichts zu ändern: Geben Sie die zu ändernden Felder als Optionen an.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountListFormat</name>
    <message>
        <source>Account &quot;%1&quot; appears twice; the second copy was ignored.</source>
        <translation>Das Konto „%1“ ist doppelt vorhanden; die zweite Kopie wurde ignoriert.</translation>
    </message>
    <message>
        <source>An account entry is not a JSON object.</source>
        <translation>Ein Kontoeintrag ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not an MrAuth account list.</source>
        <translation>Die Datei ist keine MrAuth-Kontoliste.</translation>
    </message>
    <message>
        <source>The file was written by a newer MrAuth (format version %1).</source>
        <translation>Die Datei wurde von einer neueren MrAuth-Version geschrieben (Formatversion %1).</translation>
    </message>
    <message>
        <source>The file has no account list.</source>
        <translation>Die Datei enthält keine Kontoliste.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountLookup</name>
    <message numerus="yes">
        <source>%n accounts are named &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n Konto heißt &apos;%1&apos;.</numerusform>
            <numerusform>%n Konten heißen &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one by its id instead: %1.</source>
        <translation>Geben Sie stattdessen eines über seine ID an: %1.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStore</name>
    <message>
        <source>The account has no id.</source>
        <translation>Das Konto hat keine ID.</translation>
    </message>
    <message>
        <source>The account is already in the list.</source>
        <translation>Das Konto ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists; another program may have removed it.</source>
        <translation>Das Konto „%1“ existiert nicht mehr; möglicherweise hat ein anderes Programm es entfernt.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an MrAuth account list.</source>
        <translation>%1 ist keine MrAuth-Kontoliste.</translation>
    </message>
    <message>
        <source>The account list is locked by another program (%1). Try again in a moment.</source>
        <translation>Die Kontoliste ist durch ein anderes Programm gesperrt (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The damaged file could not be set aside; it was left as it is.</source>
        <translation>Die beschädigte Datei konnte nicht beiseitegelegt werden; sie wurde unverändert belassen.</translation>
    </message>
    <message>
        <source>Could not save the account list to %1: %2</source>
        <translation>Die Kontoliste konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStoreReport</name>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>Die Kontoliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The account list was damaged and has been repaired.</source>
        <translation>Die Kontoliste war beschädigt und wurde repariert.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) recovered.</source>
        <translation>
            <numerusform>%n Konto wiederhergestellt.</numerusform>
            <numerusform>%n Konten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came from the backup.</source>
        <translation>
            <numerusform>Davon stammt %n aus der Sicherung.</numerusform>
            <numerusform>Davon stammen %n aus der Sicherung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsCommand</name>
    <message>
        <source>No account is stored yet. Add one with:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</source>
        <translation>Noch ist kein Konto gespeichert. Fügen Sie eines hinzu mit:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</translation>
    </message>
    <message>
        <source>Warning: the keychain could not be read: %1</source>
        <translation>Warnung: Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; hinzugefügt.</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;; %2 stored in %3.</source>
        <translation>&apos;%1&apos; hinzugefügt; %2 gespeichert (Speicherort: %3).</translation>
    </message>
    <message>
        <source>No key is stored yet; store it with: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</source>
        <translation>Noch ist kein Schlüssel gespeichert; speichern Sie ihn mit: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</translation>
    </message>
    <message>
        <source>No client secret is stored yet; store it with: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</source>
        <translation>Noch ist kein Clientgeheimnis gespeichert; speichern Sie es mit: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2).</source>
        <translation>&apos;%1&apos; aktualisiert (%2).</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2); %3 stored in %4.</source>
        <translation>&apos;%1&apos; aktualisiert (%2); %3 gespeichert (Speicherort: %4).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not removed, so that its secrets are not left behind in the keychain.</source>
        <translation>&apos;%1&apos; wurde nicht entfernt, damit seine Geheimnisse nicht im Schlüsselbund zurückbleiben.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; and its secrets.</source>
        <translation>&apos;%1&apos; und seine Geheimnisse wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsOutput</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>KONTO-ID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÄNE</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Kontodomäne</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>STS-Endpunkt</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Autoritätshost</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>Azure AD-Bereich</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown (the keychain could not be read)</source>
        <translation>unbekannt (der Schlüsselbund konnte nicht gelesen werden)</translation>
    </message>
</context>
<context>
    <name>MrAuth::AzureCliCredential</name>
    <message>
        <source>The Azure CLI (&apos;az&apos;) was not found on PATH. Install it and run &apos;az login&apos;, or use another credential.</source>
        <translation>Die Azure CLI (&apos;az&apos;) wurde im PATH nicht gefunden. Installieren Sie sie, und führen Sie &apos;az login&apos; aus, oder verwenden Sie andere Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Die Azure CLI konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The Azure CLI crashed: %1</source>
        <translation>Die Azure CLI ist abgestürzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n ms.</source>
        <translation>
            <numerusform>Die Azure CLI hat nicht innerhalb von %n ms geantwortet.</numerusform>
            <numerusform>Die Azure CLI hat nicht innerhalb von %n ms geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::CliApplication</name>
    <message>
        <source>There is no command &apos;%1&apos;; the commands are: %2.</source>
        <translation>Es gibt keinen Befehl &apos;%1&apos;; die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>Paste the token (it is not shown), then press Enter: </source>
        <translation>Fügen Sie das Token ein (es wird nicht angezeigt), und drücken Sie dann die Eingabetaste: </translation>
    </message>
    <message>
        <source>No token: pass it on standard input (preferred) or as the argument.</source>
        <translation>Kein Token: Übergeben Sie es über die Standardeingabe (empfohlen) oder als Argument.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CliError</name>
    <message>
        <source>Check the account&apos;s key: store the current one with &apos;%1&apos;, or use the other key with --key-slot.</source>
        <translation>Prüfen Sie den Kontoschlüssel: Speichern Sie den aktuellen mit &apos;%1&apos;, oder verwenden Sie mit --key-slot den anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Check the account ID and the key (both from the Azure portal&apos;s Access keys page).</source>
        <translation>Prüfen Sie die Konto-ID und den Schlüssel (beide auf der Seite „Zugriffsschlüssel“ im Azure-Portal).</translation>
    </message>
    <message>
        <source>Check the Azure AD tenant, client ID and secret.</source>
        <translation>Prüfen Sie den Azure AD-Mandanten, die Client-ID und das Clientgeheimnis.</translation>
    </message>
    <message>
        <source>The Azure AD principal needs a role on the account (for example Spatial Anchors Account Reader).</source>
        <translation>Der Azure AD-Prinzipal benötigt eine Rolle für das Konto (z. B. Spatial Anchors Account Reader).</translation>
    </message>
    <message>
        <source>Check the account ID and the Azure AD settings.</source>
        <translation>Prüfen Sie die Konto-ID und die Azure AD-Einstellungen.</translation>
    </message>
    <message>
        <source>Check the account ID and the account domain.</source>
        <translation>Prüfen Sie die Konto-ID und die Kontodomäne.</translation>
    </message>
    <message>
        <source>If the STS uses a private or test CA, pass its certificate with --ca-file.</source>
        <translation>Wenn der STS eine private oder Test-CA verwendet, übergeben Sie deren Zertifikat mit --ca-file.</translation>
    </message>
    <message>
        <source>Retry, or allow more time with --timeout.</source>
        <translation>Wiederholen Sie den Vorgang, oder lassen Sie mit --timeout mehr Zeit.</translation>
    </message>
    <message>
        <source>The STS is throttling requests: wait a little, then retry (or raise --retries).</source>
        <translation>Der STS drosselt Anforderungen: Warten Sie kurz, und wiederholen Sie den Vorgang (oder erhöhen Sie --retries).</translation>
    </message>
    <message>
        <source>The service failed; retry later and give support both correlation vectors.</source>
        <translation>Der Dienst ist fehlgeschlagen; wiederholen Sie den Vorgang später, und geben Sie dem Support beide Korrelationsvektoren an.</translation>
    </message>
    <message>
        <source>Check the network connection and the STS endpoint.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den STS-Endpunkt.</translation>
    </message>
    <message>
        <source>The endpoint did not answer like a Mixed Reality STS; check --endpoint.</source>
        <translation>Der Endpunkt hat nicht wie ein Mixed Reality-STS geantwortet; prüfen Sie --endpoint.</translation>
    </message>
    <message>
        <source>Store it with &apos;%1&apos;.</source>
        <translation>Speichern Sie den Wert mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for the account.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag „%1“ für das Konto.</translation>
    </message>
    <message>
        <source>Without a keychain (a server or CI), use an ad-hoc account: --account-id, --account-domain and MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>Ohne Schlüsselbund (auf einem Server oder in CI) verwenden Sie ein Ad-hoc-Konto: --account-id, --account-domain und MIXEDREALITY_ACCOUNT_KEY.</translation>
    </message>
    <message>
        <source>Allow mrauth to use the keychain, then retry.</source>
        <translation>Erlauben Sie mrauth den Zugriff auf den Schlüsselbund, und wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>Noch ist kein Konto gespeichert; fügen Sie eines mit &apos;mrauth accounts add NAME …&apos; hinzu.</translation>
    </message>
    <message>
        <source>The stored accounts are: %1.</source>
        <translation>Die gespeicherten Konten sind: %1.</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>Es gibt kein gespeichertes Konto namens &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClientSecretCredential</name>
    <message>
        <source>The client secret is empty: copy the secret&apos;s value (not its ID) from the app registration&apos;s Certificates &amp; secrets page.</source>
        <translation>Das Clientgeheimnis ist leer: Kopieren Sie den Wert des Geheimnisses (nicht seine ID) von der Seite „Zertifikate &amp; Geheimnisse“ der App-Registrierung.</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClipboardSession</name>
    <message>
        <source>There is no display to copy to: %1 is not set (an SSH session, a container or a console?). Print the token instead, for example &apos;mrauth token NAME&apos;, or use --copy in a graphical session.</source>
        <translation>Es gibt keine Anzeige, in die kopiert werden kann: %1 ist nicht gesetzt (eine SSH-Sitzung, ein Container oder eine Konsole?). Geben Sie das Token stattdessen aus, z. B. mit &apos;mrauth token NAME&apos;, oder verwenden Sie --copy in einer grafischen Sitzung.</translation>
    </message>
    <message>
        <source>The Qt platform &apos;%1&apos; has no clipboard that other programs can read, so copying is impossible here. Run --copy in a graphical session, or print the token instead.</source>
        <translation>Die Qt-Plattform &apos;%1&apos; hat keine Zwischenablage, die andere Programme lesen können, daher ist Kopieren hier nicht möglich. Führen Sie --copy in einer grafischen Sitzung aus, oder geben Sie das Token stattdessen aus.</translation>
    </message>
    <message>
        <source>Could not connect to the display (%1), so copying is impossible. Check that the graphical session is running, or print the token instead.</source>
        <translation>Keine Verbindung zur Anzeige (%1), daher ist Kopieren nicht möglich. Prüfen Sie, ob die grafische Sitzung läuft, oder geben Sie das Token stattdessen aus.</translation>
    </message>
    <message>
        <source>Clearing the clipboard in %1 (Ctrl+C clears it now)</source>
        <translation>Die Zwischenablage wird in %1 geleert (Strg+C leert sie sofort)</translation>
    </message>
    <message>
        <source>Interrupted: clipboard cleared.</source>
        <translation>Unterbrochen: Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>The clipboard now holds something else; nothing is left to clear.</source>
        <translation>Die Zwischenablage enthält jetzt etwas anderes; es gibt nichts mehr zu leeren.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>The clipboard did not take the text.</source>
        <translation>Die Zwischenablage hat den Text nicht übernommen.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. It will be cleared in %1 s; mrauth keeps running until then, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>In die Zwischenablage kopiert. Sie wird in %1 s geleert; mrauth läuft bis dahin weiter, weil der Inhalt der Zwischenablage nur so lange besteht wie das Programm, das ihn kopiert hat. Strg+C leert sie sofort.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. mrauth keeps running until something else is copied, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>In die Zwischenablage kopiert. mrauth läuft weiter, bis etwas anderes kopiert wird, weil der Inhalt der Zwischenablage nur so lange besteht wie das Programm, das ihn kopiert hat. Strg+C leert sie sofort.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not a valid value for --%2; use one of: %3.</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für --%2; verwenden Sie einen der folgenden: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; the commands are: %2.</source>
        <translation>&apos;%1&apos; ist kein Befehl; die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of &apos;%2&apos;; use one of: %3.</source>
        <translation>&apos;%1&apos; ist kein Befehl von &apos;%2&apos;; verwenden Sie einen der folgenden: %3.</translation>
    </message>
    <message>
        <source>--%1: secrets are never taken as arguments, which every user of the machine can see in the process list. Pipe the secret to --key-stdin or --client-secret-stdin, or set MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>--%1: Geheimnisse werden nie als Argumente angenommen, da jeder Benutzer des Computers sie in der Prozessliste sehen kann. Leiten Sie das Geheimnis an --key-stdin oder --client-secret-stdin weiter, oder setzen Sie MIXEDREALITY_ACCOUNT_KEY.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>&apos;%1&apos; hat keine Option --%2.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 akzeptiert keinen Wert.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 benötigt einen Wert (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option -%2.</source>
        <translation>&apos;%1&apos; hat keine Option -%2.</translation>
    </message>
    <message>
        <source>-%1 needs a value (%2).</source>
        <translation>-%1 benötigt einen Wert (%2).</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>Geben Sie einen Befehl an: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; benötigt einen Befehl: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; benötigt %2.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no arguments (%n given).</source>
        <translation>
            <numerusform>&apos;%1&apos; akzeptiert keine Argumente (%n angegeben).</numerusform>
            <numerusform>&apos;%1&apos; akzeptiert keine Argumente (%n angegeben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2 at most, but %n arguments were given. Secrets are never taken as arguments.</source>
        <translation>
            <numerusform>&apos;%1&apos; akzeptiert höchstens %2, aber %n Argument wurde angegeben. Geheimnisse werden nie als Argumente angenommen.</numerusform>
            <numerusform>&apos;%1&apos; akzeptiert höchstens %2, aber %n Argumente wurden angegeben. Geheimnisse werden nie als Argumente angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>&apos;%1&apos; ist keiner der folgenden Werte: %2.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandTable</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print no notices or warnings on standard error; errors are still printed.</source>
        <translation>Keine Hinweise oder Warnungen auf der Standardfehlerausgabe ausgeben; Fehler werden weiterhin ausgegeben.</translation>
    </message>
    <message>
        <source>Print debug logging of the requests on standard error (never a secret).</source>
        <translation>Debugprotokoll der Anforderungen auf der Standardfehlerausgabe ausgeben (niemals ein Geheimnis).</translation>
    </message>
    <message>
        <source>Custom STS endpoint instead of https://sts.DOMAIN (https; plain http only on loopback).</source>
        <translation>Benutzerdefinierter STS-Endpunkt anstelle von https://sts.DOMAIN (https; unverschlüsseltes http nur bei Loopback).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private or test CA).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (eine private oder Test-CA).</translation>
    </message>
    <message>
        <source>The Mixed Reality account ID (a GUID).</source>
        <translation>Die Mixed Reality-Konto-ID (eine GUID).</translation>
    </message>
    <message>
        <source>The account domain, e.g. eastus.mixedreality.azure.com.</source>
        <translation>Die Kontodomäne, z. B. eastus.mixedreality.azure.com.</translation>
    </message>
    <message>
        <source>Azure AD tenant (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Azure AD-Mandant (eine GUID oder eine Domäne wie contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Azure AD application (client) ID, a GUID.</source>
        <translation>Azure AD-Anwendungs-ID (Client-ID), eine GUID.</translation>
    </message>
    <message>
        <source>Azure AD authority host (default https://login.microsoftonline.com; sovereign clouds differ).</source>
        <translation>Azure AD-Autoritätshost (Standard https://login.microsoftonline.com; bei souveränen Clouds abweichend).</translation>
    </message>
    <message>
        <source>Azure AD scope to ask for (default https://sts.mixedreality.azure.com//.default).</source>
        <translation>Anzufordernder Azure AD-Bereich (Standard https://sts.mixedreality.azure.com//.default).</translation>
    </message>
    <message>
        <source>Instead of --account-domain: the account&apos;s region, e.g. eastus (eastus2 is mixedreality.azure.com).</source>
        <translation>Anstelle von --account-domain: die Region des Kontos, z. B. eastus (eastus2 ist mixedreality.azure.com).</translation>
    </message>
    <message>
        <source>The service the tokens are for (default spatial-anchors).</source>
        <translation>Der Dienst, für den die Tokens bestimmt sind (Standard spatial-anchors).</translation>
    </message>
    <message>
        <source>For --service custom: what the service is called.</source>
        <translation>Für --service custom: wie der Dienst heißt.</translation>
    </message>
    <message>
        <source>The service&apos;s base URL, for the curl format (default: the service host of the account domain).</source>
        <translation>Die Basis-URL des Dienstes für das curl-Format (Standard: der Diensthost der Kontodomäne).</translation>
    </message>
    <message>
        <source>How to authenticate (default account-key).</source>
        <translation>Art der Authentifizierung (Standard account-key).</translation>
    </message>
    <message>
        <source>Which account key the account uses, and which one --key-stdin stores (default primary).</source>
        <translation>Welchen Kontoschlüssel das Konto verwendet und welchen --key-stdin speichert (Standard primary).</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input and store it in the keychain.</source>
        <translation>Den Kontoschlüssel aus einer Zeile der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Read the client secret from one line of standard input (after the key, if both) and store it in the keychain.</source>
        <translation>Das Clientgeheimnis aus einer Zeile der Standardeingabe lesen (nach dem Schlüssel, falls beide) und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Whether the desktop app refreshes the account&apos;s token before it expires (default on).</source>
        <translation>Ob die Desktop-App das Token des Kontos vor dem Ablauf aktualisiert (Standard on).</translation>
    </message>
    <message>
        <source>Get an access token for a stored or ad-hoc account.</source>
        <translation>Ein Zugriffstoken für ein gespeichertes oder ein Ad-hoc-Konto abrufen.</translation>
    </message>
    <message>
        <source>NAME is a stored account (see &apos;mrauth accounts list&apos;); its key or client secret comes
from the system keychain. Without NAME the account is ad hoc: --account-id and
--account-domain (or MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN) name
it, and it signs in with an account key from MIXEDREALITY_ACCOUNT_KEY or --key-stdin,
or with Azure AD: --tenant-id and --client-id with --client-secret-stdin (or
AZURE_CLIENT_SECRET), --device-code, or --azure-cli.

No secret is ever taken as an argument: arguments are visible to every user of the
machine in the process list. --key-stdin and --client-secret-stdin read one line
from standard input, without echo on a terminal.

Formats:
  token   the bare token and a newline (the default)
  json    {accessToken, expiresOn (ISO 8601 UTC), expiresOnEpoch, accountId,
          accountDomain, endpoint, requestCorrelationVector,
          responseCorrelationVector}, plus name for stored accounts
  header  Authorization: Bearer TOKEN
  env     export MIXEDREALITY_ACCESS_TOKEN=&apos;TOKEN&apos;
  curl    a curl command for the account&apos;s service URL
--all prints a JSON array of json objects, one per stored account, with an error
object {type, message, httpStatus, wwwAuthenticate, requestCorrelationVector,
responseCorrelationVector, exitCode} in place of the token for each account that
failed; it exits 0 only when every account got a token.

--copy puts the text on the clipboard, marked so that clipboard managers do not keep
it, prints nothing on standard output, and keeps running until the clipboard is
cleared: after --clear-after seconds (default 30, or the app&apos;s setting; 0 waits until
something else is copied), or at once on Ctrl+C. The clipboard&apos;s content lives only
as long as the program that copied it. --copy needs a graphical session.

Errors are one line on standard error: the error type, the message, the HTTP status
and both correlation vectors (X-MRC-CV sent, MS-CV received), which support needs.

Environment (ad-hoc accounts; options win): MIXEDREALITY_ACCOUNT_ID,
MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY, MIXEDREALITY_STS_ENDPOINT,
MIXEDREALITY_CA_FILE, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
AZURE_AUTHORITY_HOST.

Exit codes:
  0  success
  2  usage: a bad option, argument or value
  3  authentication rejected (HTTP 400, 401, 403)
  4  account not found (HTTP 404, or an unknown NAME)
  5  network, TLS or timeout
  6  invalid response
  7  keychain unavailable, or the account&apos;s secret missing from it
  1  anything else (for example throttling or server errors after every retry)

Examples:
  export TOKEN=&quot;$(mrauth token my-anchors)&quot;
  mrauth token my-anchors --format json | jq -r .expiresOn
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth token --account-id ID \
      --account-domain eastus.mixedreality.azure.com --key-stdin
  mrauth token --account-id ID --account-domain DOMAIN --azure-cli
  mrauth token my-anchors --copy --clear-after 20</source>
        <translation>NAME ist ein gespeichertes Konto (siehe &apos;mrauth accounts list&apos;); sein Schlüssel oder
Clientgeheimnis stammt aus dem Schlüsselbund des Systems. Ohne NAME ist das Konto
ad hoc: --account-id und --account-domain (oder MIXEDREALITY_ACCOUNT_ID und
MIXEDREALITY_ACCOUNT_DOMAIN) bezeichnen es, und es meldet sich mit einem Kontoschlüssel aus
MIXEDREALITY_ACCOUNT_KEY oder --key-stdin an oder mit Azure AD: --tenant-id und --client-id
mit --client-secret-stdin (oder AZURE_CLIENT_SECRET), --device-code oder --azure-cli.

Geheimnisse werden nie als Argument angenommen: Argumente sind für jeden Benutzer des
Computers in der Prozessliste sichtbar. --key-stdin und --client-secret-stdin lesen eine
Zeile von der Standardeingabe, ohne Echo auf einem Terminal.

Formate:
  token   das reine Token und ein Zeilenumbruch (Standard)
  json    {accessToken, expiresOn (ISO 8601 UTC), expiresOnEpoch, accountId,
          accountDomain, endpoint, requestCorrelationVector,
          responseCorrelationVector}, bei gespeicherten Konten zusätzlich name
  header  Authorization: Bearer TOKEN
  env     export MIXEDREALITY_ACCESS_TOKEN=&apos;TOKEN&apos;
  curl    ein curl-Befehl für die Dienst-URL des Kontos
--all gibt ein JSON-Array von json-Objekten aus, eines pro gespeichertem Konto, mit einem
Fehlerobjekt {type, message, httpStatus, wwwAuthenticate, requestCorrelationVector,
responseCorrelationVector, exitCode} anstelle des Tokens für jedes Konto, bei dem der
Abruf fehlschlug; der Exitcode ist nur dann 0, wenn jedes Konto ein Token erhalten hat.

--copy legt den Text in die Zwischenablage, so markiert, dass Zwischenablage-Manager ihn
nicht behalten, gibt nichts auf der Standardausgabe aus und läuft weiter, bis die
Zwischenablage geleert wird: nach --clear-after Sekunden (Standard 30 oder die Einstellung
der App; 0 wartet, bis etwas anderes kopiert wird) oder sofort bei Strg+C. Der Inhalt der
Zwischenablage besteht nur so lange wie das Programm, das ihn kopiert hat. --copy benötigt
eine grafische Sitzung.

Fehler erscheinen als eine Zeile auf der Standardfehlerausgabe: der Fehlertyp, die Meldung,
der HTTP-Status und beide Korrelationsvektoren (X-MRC-CV gesendet, MS-CV empfangen), die
der Support benötigt.

Umgebung (Ad-hoc-Konten; Optionen haben Vorrang): MIXEDREALITY_ACCOUNT_ID,
MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY, MIXEDREALITY_STS_ENDPOINT,
MIXEDREALITY_CA_FILE, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
AZURE_AUTHORITY_HOST.

Exitcodes:
  0  Erfolg
  2  Aufruf: eine ungültige Option, ein ungültiges Argument oder ein ungültiger Wert
  3  Authentifizierung abgelehnt (HTTP 400, 401, 403)
  4  Konto nicht gefunden (HTTP 404 oder ein unbekannter NAME)
  5  Netzwerk, TLS oder Zeitüberschreitung
  6  ungültige Antwort
  7  Schlüsselbund nicht verfügbar oder das Geheimnis des Kontos fehlt darin
  1  alles andere (z. B. Drosselung oder Serverfehler nach allen Wiederholungen)

Beispiele:
  export TOKEN=&quot;$(mrauth token my-anchors)&quot;
  mrauth token my-anchors --format json | jq -r .expiresOn
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth token --account-id ID \
      --account-domain eastus.mixedreality.azure.com --key-stdin
  mrauth token --account-id ID --account-domain DOMAIN --azure-cli
  mrauth token my-anchors --copy --clear-after 20</translation>
    </message>
    <message>
        <source>Every stored account, fetched concurrently (JSON array).</source>
        <translation>Alle gespeicherten Konten, gleichzeitig abgerufen (JSON-Array).</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input (else from MIXEDREALITY_ACCOUNT_KEY).</source>
        <translation>Den Kontoschlüssel aus einer Zeile der Standardeingabe lesen (sonst aus MIXEDREALITY_ACCOUNT_KEY).</translation>
    </message>
    <message>
        <source>For a stored account: use this key instead of the account&apos;s choice.</source>
        <translation>Für ein gespeichertes Konto: diesen Schlüssel statt des vom Konto gewählten verwenden.</translation>
    </message>
    <message>
        <source>Azure AD service principal: read the client secret from one line of standard input.</source>
        <translation>Azure AD-Dienstprinzipal: das Clientgeheimnis aus einer Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Azure AD user sign-in on another device: prints a code to enter at a web page.</source>
        <translation>Azure AD-Benutzeranmeldung auf einem anderen Gerät: gibt einen Code aus, der auf einer Webseite einzugeben ist.</translation>
    </message>
    <message>
        <source>Azure AD through the signed-in Azure CLI (az login).</source>
        <translation>Azure AD über die angemeldete Azure CLI (az login).</translation>
    </message>
    <message>
        <source>Ad-hoc account: its service, for the curl format.</source>
        <translation>Ad-hoc-Konto: sein Dienst, für das curl-Format.</translation>
    </message>
    <message>
        <source>The URL the curl format calls (default: the service host of the account domain).</source>
        <translation>Die URL, die das curl-Format aufruft (Standard: der Diensthost der Kontodomäne).</translation>
    </message>
    <message>
        <source>token, json, header, env or curl (default token; json with --all).</source>
        <translation>token, json, header, env oder curl (Standard token; json mit --all).</translation>
    </message>
    <message>
        <source>Copy to the clipboard instead of printing, and wait until it is cleared.</source>
        <translation>In die Zwischenablage kopieren statt ausgeben, und warten, bis sie geleert wird.</translation>
    </message>
    <message>
        <source>With --copy: clear the clipboard after this many seconds (default 30; 0: when replaced).</source>
        <translation>Mit --copy: die Zwischenablage nach so vielen Sekunden leeren (Standard 30; 0: wenn ersetzt).</translation>
    </message>
    <message>
        <source>Give up after this many seconds in all, retries and sign-in included (default: 30 s per try).</source>
        <translation>Nach insgesamt so vielen Sekunden aufgeben, Wiederholungen und Anmeldung eingeschlossen (Standard: 30 s pro Versuch).</translation>
    </message>
    <message>
        <source>Retry throttled, failed or timed-out requests up to N times (default 3, at most 10).</source>
        <translation>Gedrosselte, fehlgeschlagene oder zeitlich überschrittene Anforderungen bis zu N-mal wiederholen (Standard 3, höchstens 10).</translation>
    </message>
    <message>
        <source>List, show, add, edit or remove stored accounts.</source>
        <translation>Gespeicherte Konten auflisten, anzeigen, hinzufügen, bearbeiten oder entfernen.</translation>
    </message>
    <message>
        <source>The accounts are the desktop app&apos;s: the same list (metadata only) and the same
keychain entries for their secrets. Changes show up in a running app at once.</source>
        <translation>Die Konten sind die der Desktop-App: dieselbe Liste (nur Metadaten) und dieselben
Schlüsselbundeinträge für ihre Geheimnisse. Änderungen erscheinen sofort in einer laufenden App.</translation>
    </message>
    <message>
        <source>List the stored accounts.</source>
        <translation>Die gespeicherten Konten auflisten.</translation>
    </message>
    <message>
        <source>Formats: table (the default) has one line per account; json is an array of the
accounts&apos; metadata as the app stores it; names prints one name per line, for
scripts and shell completion. No keychain access is needed.</source>
        <translation>Formate: table (Standard) hat eine Zeile pro Konto; json ist ein Array der Metadaten
der Konten, wie die App sie speichert; names gibt einen Namen pro Zeile aus, für Skripte
und die Shell-Vervollständigung. Es ist kein Zugriff auf den Schlüsselbund nötig.</translation>
    </message>
    <message>
        <source>table, json or names (default table).</source>
        <translation>table, json oder names (Standard table).</translation>
    </message>
    <message>
        <source>Show one account and which of its secrets are stored.</source>
        <translation>Ein Konto anzeigen und welche seiner Geheimnisse gespeichert sind.</translation>
    </message>
    <message>
        <source>Shows the metadata and, from the keychain, whether each secret the account can use
is stored (never the secret itself). When the keychain cannot be reached the
secrets show as unknown and a warning says why.</source>
        <translation>Zeigt die Metadaten und, aus dem Schlüsselbund, ob jedes Geheimnis, das das Konto verwenden
kann, gespeichert ist (nie das Geheimnis selbst). Ist der Schlüsselbund nicht erreichbar,
werden die Geheimnisse als unbekannt angezeigt, und eine Warnung nennt den Grund.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text oder json (Standard text).</translation>
    </message>
    <message>
        <source>Add an account; its secret goes to the keychain.</source>
        <translation>Ein Konto hinzufügen; sein Geheimnis wird im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>NAME is how you refer to the account, in the CLI and in the app. An account-key
account needs --account-id, --account-domain (or --region) and, to get tokens, a key:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add my-anchors \
      --account-id ID --account-domain eastus.mixedreality.azure.com --key-stdin
A service principal: --auth client-secret --tenant-id T --client-id C
--client-secret-stdin. Device code, interactive browser and Azure CLI sign-ins need
no secret.
The secret is written to the keychain before the account is saved; when the keychain
cannot be reached nothing is saved (exit 7).</source>
        <translation>NAME ist der Name, unter dem Sie das Konto in der CLI und in der App ansprechen. Ein
Konto mit Kontoschlüssel benötigt --account-id, --account-domain (oder --region) und, um
Tokens zu erhalten, einen Schlüssel:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add my-anchors \
      --account-id ID --account-domain eastus.mixedreality.azure.com --key-stdin
Ein Dienstprinzipal: --auth client-secret --tenant-id T --client-id C
--client-secret-stdin. Anmeldungen mit Gerätecode, interaktivem Browser und Azure CLI
benötigen kein Geheimnis.
Das Geheimnis wird in den Schlüsselbund geschrieben, bevor das Konto gespeichert wird; ist
der Schlüsselbund nicht erreichbar, wird nichts gespeichert (Exitcode 7).</translation>
    </message>
    <message>
        <source>Change an account&apos;s fields or store a new secret.</source>
        <translation>Die Felder eines Kontos ändern oder ein neues Geheimnis speichern.</translation>
    </message>
    <message>
        <source>Only the fields given change. An empty value (--endpoint=) clears an optional field.
Key rotation, storing the new secondary key and switching to it:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</source>
        <translation>Nur die angegebenen Felder ändern sich. Ein leerer Wert (--endpoint=) leert ein
optionales Feld. Schlüsselrotation: den neuen Sekundärschlüssel speichern und zu ihm wechseln:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</translation>
    </message>
    <message>
        <source>Give the account a new name.</source>
        <translation>Dem Konto einen neuen Namen geben.</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain.</source>
        <translation>Ein Konto und seine Geheimnisse aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>The secrets are deleted first; when the keychain cannot be reached the account stays
(exit 7), so that no secret is left behind without an account to find it by.</source>
        <translation>Die Geheimnisse werden zuerst gelöscht; ist der Schlüsselbund nicht erreichbar, bleibt das
Konto erhalten (Exitcode 7), damit kein Geheimnis ohne ein Konto zurückbleibt, über das es sich finden lässt.</translation>
    </message>
    <message>
        <source>Show a token&apos;s header and claims, dates in UTC.</source>
        <translation>Header und Ansprüche eines Tokens anzeigen, Datumsangaben in UTC.</translation>
    </message>
    <message>
        <source>Reads the token from standard input when TOKEN is &apos;-&apos; or missing; prefer that:
a token given as an argument is visible in the process list while mrauth runs.
Pasted text may keep an &apos;Authorization: Bearer &apos; or &apos;export NAME=&apos; prefix and quotes.
Dates (exp, nbf, iat) are shown in UTC and relative to now. The signature is not
verified: the service does that.

--check exits 8 when the token has expired or is not valid yet (6 when it is not a
JWT or has no expiry), after printing as usual:
  mrauth token my-anchors | mrauth decode --check - &gt;/dev/null || echo renew</source>
        <translation>Liest das Token von der Standardeingabe, wenn TOKEN &apos;-&apos; ist oder fehlt; das ist
vorzuziehen: Ein als Argument übergebenes Token ist in der Prozessliste sichtbar, solange
mrauth läuft. Eingefügter Text darf ein Präfix &apos;Authorization: Bearer &apos; oder &apos;export NAME=&apos;
und Anführungszeichen enthalten. Datumsangaben (exp, nbf, iat) werden in UTC und relativ zu
jetzt angezeigt. Die Signatur wird nicht überprüft: Das übernimmt der Dienst.

--check endet mit Exitcode 8, wenn das Token abgelaufen oder noch nicht gültig ist (6, wenn
es kein JWT ist oder keinen Ablauf hat), nachdem es wie üblich ausgegeben wurde:
  mrauth token my-anchors | mrauth decode --check - &gt;/dev/null || echo renew</translation>
    </message>
    <message>
        <source>Exit 8 when the token has expired or is not valid yet.</source>
        <translation>Mit Exitcode 8 beenden, wenn das Token abgelaufen oder noch nicht gültig ist.</translation>
    </message>
    <message>
        <source>Print the completion script for bash, zsh or fish.</source>
        <translation>Das Vervollständigungsskript für bash, zsh oder fish ausgeben.</translation>
    </message>
    <message>
        <source>Install it with one of:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Account names are completed from &apos;mrauth accounts list --format names&apos;.</source>
        <translation>Installieren Sie es mit einem dieser Befehle:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Kontonamen werden aus &apos;mrauth accounts list --format names&apos; vervollständigt.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Die Hilfe zu einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Show the versions of mrauth, libmrauth and Qt.</source>
        <translation>Die Versionen von mrauth, libmrauth und Qt anzeigen.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Versuchen Sie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>mrauth %1: Mixed Reality access tokens for scripts and the clipboard.</source>
        <translation>mrauth %1: Mixed Reality-Zugriffstokens für Skripte und die Zwischenablage.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  2  usage
  3  authentication rejected (HTTP 400, 401, 403)
  4  account not found (HTTP 404, or an unknown NAME)
  5  network, TLS or timeout
  6  invalid response
  7  keychain unavailable
  8  &apos;decode --check&apos; on an expired or not-yet-valid token
  1  anything else
</source>
        <translation>Exitcodes:
  0  Erfolg
  2  Aufruf
  3  Authentifizierung abgelehnt (HTTP 400, 401, 403)
  4  Konto nicht gefunden (HTTP 404 oder ein unbekannter NAME)
  5  Netzwerk, TLS oder Zeitüberschreitung
  6  ungültige Antwort
  7  Schlüsselbund nicht verfügbar
  8  &apos;decode --check&apos; bei einem abgelaufenen oder noch nicht gültigen Token
  1  alles andere
</translation>
    </message>
    <message>
        <source>Run &apos;mrauth COMMAND --help&apos; for the options of a command.</source>
        <translation>Führen Sie &apos;mrauth COMMAND --help&apos; aus, um die Optionen eines Befehls anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CopyFormats</name>
    <message>
        <source>Copy &amp;Token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Authorization Header</source>
        <translation>Als &amp;Authorization-Header kopieren</translation>
    </message>
    <message>
        <source>Copy as c&amp;url Command</source>
        <translation>Als c&amp;url-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy as Shell &amp;Export</source>
        <translation>Als Shell-&amp;Export kopieren</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeOutput</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Ansprüche</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation>gültig, läuft ab: %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>not valid yet, valid from %1</source>
        <translation>noch nicht gültig, gültig ab %1</translation>
    </message>
    <message>
        <source>no usable expiry (%1)</source>
        <translation>kein verwendbarer Ablauf (%1)</translation>
    </message>
    <message>
        <source>not a JSON Web Token</source>
        <translation>kein JSON Web Token</translation>
    </message>
    <message>
        <source>This is not a JSON Web Token: %1</source>
        <translation>Dies ist kein JSON Web Token: %1</translation>
    </message>
    <message>
        <source>Pass the whole token (three base64url parts separated by dots).</source>
        <translation>Übergeben Sie das vollständige Token (drei durch Punkte getrennte base64url-Teile).</translation>
    </message>
    <message>
        <source>The token expired %1.</source>
        <translation>Das Token ist abgelaufen: %1.</translation>
    </message>
    <message>
        <source>The token is valid only from %1.</source>
        <translation>Das Token ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>The token has no usable expiry, so it cannot be checked: %1</source>
        <translation>Das Token hat keinen verwendbaren Ablauf und kann daher nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeTokenDialog</name>
    <message>
        <source>Decode a Token</source>
        <translation>Token decodieren</translation>
    </message>
    <message>
        <source>&amp;Paste a token (a JWT, optionally with &quot;Authorization: Bearer&quot;):</source>
        <translation>Token &amp;einfügen (ein JWT, optional mit &quot;Authorization: Bearer&quot;):</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>Zu decodierendes Token</translation>
    </message>
</context>
<context>
    <name>MrAuth::DemoMode</name>
    <message numerus="yes">
        <source>The STS emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>Der STS-Emulator hat seine Adresse nicht innerhalb von %n Sekunde gemeldet.</numerusform>
            <numerusform>Der STS-Emulator hat seine Adresse nicht innerhalb von %n Sekunden gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no accounts.</source>
        <translation>Die Demokontodatei des Emulators enthält keine Konten.</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>Demo %1 (Azure AD)</source>
        <translation>Demo %1 (Azure AD)</translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no usable account.</source>
        <translation>Die Demokontodatei des Emulators enthält kein verwendbares Konto.</translation>
    </message>
    <message>
        <source>The STS emulator (%1) was not found next to the app or on PATH.</source>
        <translation>Der STS-Emulator (%1) wurde weder neben der App noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>Cannot create the demo directory %1.</source>
        <translation>Das Demoverzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The STS emulator could not be started: %1</source>
        <translation>Der STS-Emulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The STS emulator stopped (exit code %1).</source>
        <translation>Der STS-Emulator wurde beendet (Exitcode %1).</translation>
    </message>
    <message>
        <source>The STS emulator stopped: %1</source>
        <translation>Der STS-Emulator wurde beendet: %1</translation>
    </message>
    <message>
        <source>Cannot read the demo accounts file %1: %2</source>
        <translation>Die Demokontodatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not store the demo keys: %1</source>
        <translation>Die Demoschlüssel konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The demo account list is gone.</source>
        <translation>Die Demokontoliste ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>MrAuth::DeviceCodeCredential</name>
    <message>
        <source>Azure AD</source>
        <translation>Azure AD</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was completed.</source>
        <translation>Der Gerätecode ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>The user declined the sign-in.</source>
        <translation>Der Benutzer hat die Anmeldung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MrAuth::EnvironmentCredential</name>
    <message>
        <source>The environment does not describe a service principal: %1 not set.</source>
        <translation>Die Umgebung beschreibt keinen Dienstprinzipal: %1 nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>MrAuth::InteractiveBrowserCredential</name>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n s.</source>
        <translation>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n s abgeschlossen.</numerusform>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n s abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser could be opened for the sign-in.</source>
        <translation>Für die Anmeldung konnte kein Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>Sie sind angemeldet. Sie können dieses Fenster schließen und zur Anwendung zurückkehren.</translation>
    </message>
</context>
<context>
    <name>MrAuth::JwtView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Decoded only: the signature is checked by the service, not here.</source>
        <translation>Nur decodiert: Die Signatur wird vom Dienst geprüft, nicht hier.</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Token-Header</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>&amp;Ansprüche</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Token-Ansprüche</translation>
    </message>
    <message>
        <source>No token.</source>
        <translation>Kein Token.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
</context>
<context>
    <name>MrAuth::KeychainSecretStore</name>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>Schlüsselbund des Systems (Dienst „%1“)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Starten oder entsperren Sie Ihren Schlüsselbund (z. B. GNOME Keyring oder KWallet), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not be reached or is locked (%1). Unlock it, then retry.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar oder gesperrt (%1). Entsperren Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::LogPanel</name>
    <message>
        <source>Request log</source>
        <translation>Anforderungsprotokoll</translation>
    </message>
    <message>
        <source>Every token request: time, account, status, latency and both correlation vectors</source>
        <translation>Jede Tokenanforderung: Zeit, Konto, Status, Latenz und beide Korrelationsvektoren</translation>
    </message>
    <message>
        <source>Secrets and tokens are never logged.</source>
        <translation>Geheimnisse und Tokens werden nie protokolliert.</translation>
    </message>
    <message>
        <source>&amp;Export Log…</source>
        <translation>Protokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Das Anforderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Das Anforderungsprotokoll leeren</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>Anforderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no log to export.</source>
        <translation>Es ist kein Protokoll zum Exportieren vorhanden.</translation>
    </message>
</context>
<context>
    <name>MrAuth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anforderung</translation>
    </message>
    <message>
        <source>This is not a request MrAuth understands.</source>
        <translation>Dies ist keine Anforderung, die MrAuth versteht.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MainWindow</name>
    <message>
        <source>MrAuth — Demo</source>
        <translation>MrAuth — Demo</translation>
    </message>
    <message>
        <source>MrAuth</source>
        <translation>MrAuth</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Zwischenablage wird in %1 s geleert</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Account…</source>
        <translation>Konto d&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;veal Token</source>
        <translation>Token an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide All Tokens</source>
        <translation>Alle Tokens aus&amp;blenden</translation>
    </message>
    <message>
        <source>Token &amp;Details…</source>
        <translation>Token&amp;details…</translation>
    </message>
    <message>
        <source>&amp;Refresh Token</source>
        <translation>Token a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh &amp;All Tokens</source>
        <translation>&amp;Alle Tokens aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation>Abruf abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Decode a Token…</source>
        <translation>Token de&amp;codieren…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>Konten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>Konten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About MrAuth</source>
        <translation>&amp;Über MrAuth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Hide MrAuth</source>
        <translation>MrAuth &amp;ausblenden</translation>
    </message>
    <message>
        <source>Get a new token for the selected account (Ctrl+R)</source>
        <translation>Ein neues Token für das ausgewählte Konto abrufen (Strg+R)</translation>
    </message>
    <message>
        <source>Get new tokens for every account (F5)</source>
        <translation>Neue Tokens für alle Konten abrufen (F5)</translation>
    </message>
    <message>
        <source>Copy the selected account&apos;s token (Ctrl+C); the clipboard is cleared after a while</source>
        <translation>Das Token des ausgewählten Kontos kopieren (Strg+C); die Zwischenablage wird nach einer Weile geleert</translation>
    </message>
    <message>
        <source>About MrAuth</source>
        <translation>Über MrAuth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Mixed Reality access tokens for developers: accounts in the system keychain, live tokens, safe copying.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Mixed Reality-Zugriffstokens für Entwickler: Konten im Schlüsselbund des Systems, aktuelle Tokens, sicheres Kopieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Schlüsselbundproblem</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation>Erneut auf den Schlüsselbund zugreifen</translation>
    </message>
    <message>
        <source>Account list problem</source>
        <translation>Problem mit der Kontoliste</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the account list</source>
        <translation>Den Ordner der Kontoliste öffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the account list message</source>
        <translation>Die Meldung zur Kontoliste verwerfen</translation>
    </message>
    <message>
        <source>Azure AD sign-in</source>
        <translation>Azure AD-Anmeldung</translation>
    </message>
    <message>
        <source>Open Sign-in &amp;Page</source>
        <translation>Anmelde&amp;seite öffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Die Anmeldeseite im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>Den Anmeldecode kopieren</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Copied the sign-in code %1.</source>
        <translation>Anmeldecode %1 kopiert.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No accounts yet&lt;/h3&gt;&lt;p&gt;Add a Mixed Reality account to get tokens. Its keys are kept in your system keychain.&lt;/p&gt;&lt;p&gt;Or try MrAuth with the local STS emulator: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Konten&lt;/h3&gt;&lt;p&gt;Fügen Sie ein Mixed Reality-Konto hinzu, um Tokens zu erhalten. Seine Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt.&lt;/p&gt;&lt;p&gt;Oder testen Sie MrAuth mit dem lokalen STS-Emulator: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>Demo &amp;starten</translation>
    </message>
    <message>
        <source>Start MrAuth in demo mode</source>
        <translation>MrAuth im Demomodus starten</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Token board</source>
        <translation>Token-Übersicht</translation>
    </message>
    <message>
        <source>One row per account: name, service, status, token, time until expiry and last refresh</source>
        <translation>Eine Zeile pro Konto: Name, Dienst, Status, Token, Zeit bis zum Ablauf und letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Ausgewähltes Konto</translation>
    </message>
    <message>
        <source>Copy &amp;Error Details</source>
        <translation>&amp;Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Copy the error details with both correlation vectors</source>
        <translation>Die Fehlerdetails mit beiden Korrelationsvektoren kopieren</translation>
    </message>
    <message>
        <source>Copied the error details.</source>
        <translation>Fehlerdetails kopiert.</translation>
    </message>
    <message>
        <source>Where keys are kept</source>
        <translation>Speicherort der Schlüssel</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Countdown der Zwischenablage</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>Anforderungsprotokoll</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anforderungsprotokoll</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>Anforderungs&amp;protokoll</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>&amp;Show MrAuth</source>
        <translation>MrAuth an&amp;zeigen</translation>
    </message>
    <message>
        <source>Keys: waiting for the keychain…</source>
        <translation>Schlüssel: Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>Schlüssel: Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Keys: in memory only</source>
        <translation>Schlüssel: nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Keys and secrets are kept in %1.</source>
        <translation>Speicherort für Schlüssel und Geheimnisse: %1.</translation>
    </message>
    <message>
        <source>Select an account.</source>
        <translation>Wählen Sie ein Konto aus.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its keys and secrets are deleted from %2.</source>
        <translation>„%1“ entfernen? Seine Schlüssel und Geheimnisse werden gelöscht (Speicherort: %2).</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A secret of the removed account could not be deleted: %1</source>
        <translation>Ein Geheimnis des entfernten Kontos konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Getting a token for &quot;%1&quot; to copy…</source>
        <translation>Token für „%1“ wird zum Kopieren abgerufen…</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;; the clipboard clears in %3 s.</source>
        <translation>Kopiert (%1) für „%2“; die Zwischenablage wird in %3 s geleert.</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;.</source>
        <translation>Kopiert (%1) für „%2“.</translation>
    </message>
    <message>
        <source>Nothing was copied: &quot;%1&quot; has no token (%2).</source>
        <translation>Nichts kopiert: „%1“ hat kein Token (%2).</translation>
    </message>
    <message>
        <source>Token refresh failed</source>
        <translation>Tokenaktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json);;All files (*)</source>
        <translation>MrAuth-Kontolisten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n Konto importiert.</numerusform>
            <numerusform>%n Konten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) already present.</source>
        <translation>
            <numerusform>%n Konto war bereits vorhanden.</numerusform>
            <numerusform>%n Konten waren bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no secrets: edit each imported account to enter its keys or client secret.</source>
        <translation>Die Liste enthält keine Geheimnisse: Bearbeiten Sie jedes importierte Konto, um seine Schlüssel oder sein Clientgeheimnis einzugeben.</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json)</source>
        <translation>MrAuth-Kontolisten (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>%n Konto nach %1 exportiert (ohne Geheimnisse).</numerusform>
            <numerusform>%n Konten nach %1 exportiert (ohne Geheimnisse).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain is unreachable or locked.&lt;/b&gt; %1&lt;br&gt;MrAuth never keeps keys anywhere else. Unlock your keyring, then retry.</source>
        <translation>&lt;b&gt;Der Schlüsselbund ist nicht erreichbar oder gesperrt.&lt;/b&gt; %1&lt;br&gt;MrAuth bewahrt Schlüssel nie an einem anderen Ort auf. Entsperren Sie Ihren Schlüsselbund, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The keychain is available again.</source>
        <translation>Der Schlüsselbund ist wieder verfügbar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Starting the local STS emulator…</source>
        <translation>&lt;b&gt;Demomodus.&lt;/b&gt; Der lokale STS-Emulator wird gestartet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The demo accounts get their tokens from the local STS emulator at %1.</source>
        <translation>&lt;b&gt;Demomodus.&lt;/b&gt; Die Demokonten erhalten ihre Tokens vom lokalen STS-Emulator unter %1.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the demo keys are kept in memory only.</source>
        <translation>Kein Schlüsselbund erreichbar (%1), daher werden die Demoschlüssel nur im Arbeitsspeicher aufbewahrt.</translation>
    </message>
    <message>
        <source>The demo keys are in the keychain under &quot;mrauth-demo&quot;, apart from your own.</source>
        <translation>Die Demoschlüssel liegen im Schlüsselbund unter „mrauth-demo“, getrennt von Ihren eigenen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Demomodus konnte nicht gestartet werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;:&lt;/b&gt; open &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; and enter the code &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (valid until %4).</source>
        <translation>&lt;b&gt;Anmeldung für „%1“:&lt;/b&gt; Öffnen Sie &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;, und geben Sie den Code &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; ein (gültig bis %4).</translation>
    </message>
    <message>
        <source>%1: enter the code %2 at %3</source>
        <translation>%1: Geben Sie den Code %2 unter %3 ein</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;&lt;/b&gt; in your browser; MrAuth waits for it (%2).</source>
        <translation>&lt;b&gt;Melden Sie sich für „%1“&lt;/b&gt; in Ihrem Browser an; MrAuth wartet darauf (%2).</translation>
    </message>
</context>
<context>
    <name>MrAuth::ManagedIdentityCredential</name>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; is not a valid http(s) URL.</source>
        <translation>Der Endpunkt der verwalteten Identität &apos;%1&apos; ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; uses plain http off this machine. Use https.</source>
        <translation>Der Endpunkt der verwalteten Identität &apos;%1&apos; verwendet unverschlüsseltes http außerhalb dieses Computers. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>the managed identity endpoint</source>
        <translation>Endpunkt der verwalteten Identität</translation>
    </message>
    <message>
        <source>No managed identity endpoint answered at %1: this does not look like an Azure host with a managed identity. (%2)</source>
        <translation>Unter %1 hat kein Endpunkt einer verwalteten Identität geantwortet: Dies scheint kein Azure-Host mit verwalteter Identität zu sein. (%2)</translation>
    </message>
    <message>
        <source>The managed identity endpoint has no identity to give: %1</source>
        <translation>Der Endpunkt der verwalteten Identität kann keine Identität bereitstellen: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MemorySecretStore</name>
    <message>
        <source>memory only (lost when the app quits)</source>
        <translation>nur im Arbeitsspeicher (geht beim Beenden der App verloren)</translation>
    </message>
    <message>
        <source>No such secret.</source>
        <translation>Kein solches Geheimnis.</translation>
    </message>
</context>
<context>
    <name>MrAuth::Messages</name>
    <message>
        <source>The Azure CLI printed something that is not the JSON object of &apos;az account get-access-token&apos;.</source>
        <translation>Die Azure CLI hat etwas ausgegeben, das nicht das JSON-Objekt von &apos;az account get-access-token&apos; ist.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no accessToken.</source>
        <translation>Die Antwort der Azure CLI enthält kein accessToken.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has neither a usable expires_on nor expiresOn.</source>
        <translation>Die Antwort der Azure CLI enthält weder ein verwendbares expires_on noch expiresOn.</translation>
    </message>
    <message>
        <source>The Azure CLI is not logged in: run &apos;az login&apos;. It said: %1</source>
        <translation>Die Azure CLI ist nicht angemeldet: Führen Sie &apos;az login&apos; aus. Meldung: %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1 and said nothing.</source>
        <translation>Die Azure CLI ist mit Exitcode %1 ohne Meldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1: %2</source>
        <translation>Die Azure CLI ist mit Exitcode %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried a state that does not belong to this sign-in; it was ignored.</source>
        <translation>Die Anmeldeumleitung enthielt einen state-Wert, der nicht zu dieser Anmeldung gehört; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>Die Anmeldung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The sign-in failed (%1): %2</source>
        <translation>Die Anmeldung ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation>Die Anmeldeumleitung enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht auf die Anmeldeumleitung gewartet werden: %2</translation>
    </message>
    <message>
        <source>The tenant ID is empty: give the directory&apos;s ID (a GUID) or domain, such as &apos;contoso.onmicrosoft.com&apos;.</source>
        <translation>Die Mandanten-ID ist leer: Geben Sie die ID (eine GUID) oder die Domäne des Verzeichnisses an, z. B. &apos;contoso.onmicrosoft.com&apos;.</translation>
    </message>
    <message>
        <source>The tenant ID &apos;%1&apos; is not valid: it must be a GUID or a domain name (letters, digits, &apos;.&apos; and &apos;-&apos;).</source>
        <translation>Die Mandanten-ID &apos;%1&apos; ist ungültig: Sie muss eine GUID oder ein Domänenname sein (Buchstaben, Ziffern, &apos;.&apos; und &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The tenant ID is the all-zero GUID, which no directory has.</source>
        <translation>Die Mandanten-ID ist die GUID aus lauter Nullen, die kein Verzeichnis hat.</translation>
    </message>
    <message>
        <source>The tenant &apos;consumers&apos; is for personal Microsoft accounts, which Mixed Reality does not accept: use your organisation&apos;s tenant.</source>
        <translation>Der Mandant &apos;consumers&apos; ist für persönliche Microsoft-Konten bestimmt, die Mixed Reality nicht akzeptiert: Verwenden Sie den Mandanten Ihrer Organisation.</translation>
    </message>
    <message>
        <source>The tenant &apos;%1&apos; stands for many directories; this sign-in needs the one directory of the application or identity.</source>
        <translation>Der Mandant &apos;%1&apos; steht für viele Verzeichnisse; diese Anmeldung benötigt das eine Verzeichnis der Anwendung oder Identität.</translation>
    </message>
    <message>
        <source>The client ID is empty: give the application (client) ID of the app registration.</source>
        <translation>Die Client-ID ist leer: Geben Sie die Anwendungs-ID (Client-ID) der App-Registrierung an.</translation>
    </message>
    <message>
        <source>The client ID &apos;%1&apos; is not a GUID: give the application (client) ID of the app registration.</source>
        <translation>Die Client-ID &apos;%1&apos; ist keine GUID: Geben Sie die Anwendungs-ID (Client-ID) der App-Registrierung an.</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; is not valid: it must be https://host[:port], such as &apos;https://login.microsoftonline.com&apos;.</source>
        <translation>Der Autoritätshost &apos;%1&apos; ist ungültig: Er muss die Form https://host[:port] haben, z. B. &apos;https://login.microsoftonline.com&apos;.</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>Der Autoritätshost &apos;%1&apos; verwendet unverschlüsseltes http, was nur auf diesem Computer (Loopback) zulässig ist. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>This credential takes exactly one scope, not %1.</source>
        <translation>Diese Anmeldeinformationen akzeptieren genau einen Bereich, nicht %1.</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; has characters a scope cannot have.</source>
        <translation>Der Bereich &apos;%1&apos; enthält Zeichen, die in einem Bereich nicht zulässig sind.</translation>
    </message>
    <message>
        <source>The token response is not a JSON object.</source>
        <translation>Die Tokenantwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation>Die Tokenantwort enthält kein access_token.</translation>
    </message>
    <message>
        <source>The token response has token_type &apos;%1&apos;, not Bearer.</source>
        <translation>Die Tokenantwort hat den token_type &apos;%1&apos;, nicht Bearer.</translation>
    </message>
    <message>
        <source>The token response says neither expires_in nor expires_on, and the token has no exp claim.</source>
        <translation>Die Tokenantwort enthält weder expires_in noch expires_on, und das Token hat keinen exp-Anspruch.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3).</source>
        <translation>%1 hat die Anforderung abgelehnt (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3): %4</source>
        <translation>%1 hat die Anforderung abgelehnt (HTTP %2, %3): %4</translation>
    </message>
    <message>
        <source>[trace ID %1, correlation ID %2]</source>
        <translation>[Ablaufverfolgungs-ID %1, Korrelations-ID %2]</translation>
    </message>
    <message>
        <source>The device code response is not a JSON object.</source>
        <translation>Die Gerätecodeantwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The device code response lacks device_code, user_code or a valid verification_uri.</source>
        <translation>In der Gerätecodeantwort fehlt device_code, user_code oder eine gültige verification_uri.</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Öffnen Sie zum Anmelden die Seite %1 in einem Webbrowser, und geben Sie den Code %2 ein, um sich zu authentifizieren.</translation>
    </message>
    <message>
        <source>The chain has no credentials to try.</source>
        <translation>Die Kette enthält keine Anmeldeinformationen, die versucht werden können.</translation>
    </message>
    <message>
        <source>No credential in the chain could provide a token:</source>
        <translation>Keine Anmeldeinformationen in der Kette konnten ein Token bereitstellen:</translation>
    </message>
    <message>
        <source>%1 failed, which ends the chain (a credential that is set up but fails is reported, not skipped):</source>
        <translation>%1 ist fehlgeschlagen, was die Kette beendet (eingerichtete, aber fehlschlagende Anmeldeinformationen werden gemeldet, nicht übersprungen):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a region, not an account domain: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist eine Region, keine Kontodomäne: Meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>An account domain has dots, like &apos;eastus.mixedreality.azure.com&apos;; &apos;%1&apos; has none.</source>
        <translation>Eine Kontodomäne enthält Punkte, z. B. &apos;eastus.mixedreality.azure.com&apos;; &apos;%1&apos; enthält keine.</translation>
    </message>
    <message>
        <source>The host %1 of %2 was not found.</source>
        <translation>Der Host %1 von %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 redirected in a way that is not allowed: %2</source>
        <translation>%1 hat auf unzulässige Weise umgeleitet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n ms.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n ms geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n ms geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anforderung an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The network access manager was deleted before the request.</source>
        <translation>Der Netzwerkzugriffsmanager wurde vor der Anforderung gelöscht.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the credential was not sent there.</source>
        <translation>%1 hat zu %2 umgeleitet, einem anderen Ursprung; die Anmeldeinformationen wurden nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>Die Antwort ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP status.</source>
        <translation>%1 hat die Verbindung ohne HTTP-Status geschlossen.</translation>
    </message>
    <message>
        <source>The request was canceled: its network access manager was deleted.</source>
        <translation>Die Anforderung wurde abgebrochen: Ihr Netzwerkzugriffsmanager wurde gelöscht.</translation>
    </message>
    <message>
        <source>HTTP %2 from %1.</source>
        <translation>HTTP %2 von %1.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The token is not a JWT: it has %n segment(s) instead of three.</source>
        <translation>
            <numerusform>Das Token ist kein JWT: Es hat %n Segment statt drei.</numerusform>
            <numerusform>Das Token ist kein JWT: Es hat %n Segmente statt drei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>Die Nutzlast des Tokens ist kein base64url-codiertes JSON.</translation>
    </message>
    <message>
        <source>The token has no numeric expiry (exp) claim.</source>
        <translation>Das Token hat keinen numerischen Ablaufanspruch (exp).</translation>
    </message>
    <message>
        <source>The account ID is empty.</source>
        <translation>Die Konto-ID ist leer.</translation>
    </message>
    <message>
        <source>The account ID is the all-zero GUID, which no account has.</source>
        <translation>Die Konto-ID ist die GUID aus lauter Nullen, die kein Konto hat.</translation>
    </message>
    <message>
        <source>The account ID &apos;%1&apos; is not a GUID (like 87e9abb1-79b9-4502-bbae-cfae8c610f23).</source>
        <translation>Die Konto-ID &apos;%1&apos; ist keine GUID (wie 87e9abb1-79b9-4502-bbae-cfae8c610f23).</translation>
    </message>
    <message>
        <source>The account ID must be a bare GUID, without braces.</source>
        <translation>Die Konto-ID muss eine reine GUID ohne geschweifte Klammern sein.</translation>
    </message>
    <message>
        <source>The accountDomain is empty: give the account&apos;s domain, for example &apos;eastus.mixedreality.azure.com&apos;.</source>
        <translation>accountDomain ist leer: Geben Sie die Domäne des Kontos an, z. B. &apos;eastus.mixedreality.azure.com&apos;.</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not valid. %2</source>
        <translation>accountDomain &apos;%1&apos; ist ungültig. %2</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not a valid host name.</source>
        <translation>accountDomain &apos;%1&apos; ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; is not a valid URL: it must be https://host[:port][/path].</source>
        <translation>Der benutzerdefinierte Endpunkt &apos;%1&apos; ist keine gültige URL: Er muss die Form https://host[:port][/path] haben.</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>Der benutzerdefinierte Endpunkt &apos;%1&apos; verwendet unverschlüsseltes http, was nur auf diesem Computer (Loopback) zulässig ist. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>The STS answered 200 but the body is not a JSON object.</source>
        <translation>Der STS hat mit 200 geantwortet, aber der Antworttext ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The STS answered 200 without an AccessToken.</source>
        <translation>Der STS hat mit 200 ohne AccessToken geantwortet.</translation>
    </message>
    <message>
        <source>The STS returned a token that cannot be used: %1</source>
        <translation>Der STS hat ein Token zurückgegeben, das nicht verwendet werden kann: %1</translation>
    </message>
    <message>
        <source>The STS rejected the request as invalid (HTTP 400).</source>
        <translation>Der STS hat die Anforderung als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The STS rejected the credential (HTTP 401): check the account ID and key, or the Azure AD token.</source>
        <translation>Der STS hat die Anmeldeinformationen abgelehnt (HTTP 401): Prüfen Sie die Konto-ID und den Schlüssel oder das Azure AD-Token.</translation>
    </message>
    <message>
        <source>The STS refused access (HTTP 403): the Azure AD principal has no role on this account.</source>
        <translation>Der STS hat den Zugriff verweigert (HTTP 403): Der Azure AD-Prinzipal hat keine Rolle für dieses Konto.</translation>
    </message>
    <message>
        <source>The STS does not know this account (HTTP 404): check the account ID and domain.</source>
        <translation>Der STS kennt dieses Konto nicht (HTTP 404): Prüfen Sie die Konto-ID und die Domäne.</translation>
    </message>
    <message>
        <source>The STS is throttling requests (HTTP 429); retries did not get through.</source>
        <translation>Der STS drosselt Anforderungen (HTTP 429); die Wiederholungen waren nicht erfolgreich.</translation>
    </message>
    <message>
        <source>The STS failed with a server error (HTTP %1).</source>
        <translation>Der STS ist mit einem Serverfehler fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>The STS answered with HTTP %1.</source>
        <translation>Der STS hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityAccountKeyCredential</name>
    <message>
        <source>The account key is empty: copy a primary or secondary key from the account&apos;s Keys page.</source>
        <translation>Der Kontoschlüssel ist leer: Kopieren Sie einen Primär- oder Sekundärschlüssel von der Seite „Schlüssel“ des Kontos.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityStsClient</name>
    <message>
        <source>No credential was given.</source>
        <translation>Es wurden keine Anmeldeinformationen angegeben.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityTokenCredential</name>
    <message>
        <source>The credential was destroyed before the token arrived.</source>
        <translation>Die Anmeldeinformationen wurden verworfen, bevor das Token eintraf.</translation>
    </message>
</context>
<context>
    <name>MrAuth::RequestLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MrAuth::RequestLogModel</name>
    <message>
        <source>&lt;1 ms</source>
        <translation>&lt;1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>X-MRC-CV</source>
        <translation>X-MRC-CV</translation>
    </message>
    <message>
        <source>MS-CV</source>
        <translation>MS-CV</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretInput</name>
    <message>
        <source>Enter the %1 (it is not shown), then press Enter: </source>
        <translation>%1 eingeben (wird nicht angezeigt), dann die Eingabetaste drücken: </translation>
    </message>
    <message>
        <source>Standard input ended before the %1 was read: pipe it in as one line.</source>
        <translation>Die Standardeingabe endete, bevor der Wert für „%1“ gelesen wurde: Leiten Sie ihn als eine Zeile weiter.</translation>
    </message>
    <message>
        <source>The %1 read from standard input is empty.</source>
        <translation>Der von der Standardeingabe gelesene Wert für „%1“ ist leer.</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretKind</name>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>Sekundärschlüssel</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Azure AD refresh token</source>
        <translation>Azure AD-Aktualisierungstoken</translation>
    </message>
</context>
<context>
    <name>MrAuth::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tokens and clipboard</source>
        <translation>Tokens und Zwischenablage</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation>Zwischenablage leeren nach, in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds in a spin box; keep the space if your language uses one.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>Zwischenablage &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Warn when a token expires within, in minutes</source>
        <translation>Warnen, wenn ein Token innerhalb dieser Zeit abläuft, in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes in a spin box; keep the space if your language uses one.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Warn when expiring within:</source>
        <translation>&amp;Warnen bei Ablauf innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens automatically for new accounts</source>
        <translation>Tokens für neue Konten automatisch &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Refresh tokens automatically for new accounts</source>
        <translation>Tokens für neue Konten automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Refresh this long before expiry, in minutes</source>
        <translation>So lange vor dem Ablauf aktualisieren, in Minuten</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>Aktualisierung &amp;vor Ablauf:</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Netzwerkproxy</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>S&amp;ystem-Proxyeinstellungen verwenden</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyhost</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxyport</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der App wirksam.</translation>
    </message>
    <message>
        <source>Start &amp;minimised (in the tray when there is one)</source>
        <translation>Minimiert s&amp;tarten (im Infobereich, falls vorhanden)</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Minimiert starten</translation>
    </message>
    <message>
        <source>Where MrAuth keeps its data</source>
        <translation>Wo MrAuth seine Daten speichert</translation>
    </message>
    <message>
        <source>Settings: %1
Accounts (no secrets): %2
Keys and secrets: %3</source>
        <translation>Einstellungen: %1
Konten (ohne Geheimnisse): %2
Schlüssel und Geheimnisse: %3</translation>
    </message>
</context>
<context>
    <name>MrAuth::StoredAccounts</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::StsExchange</name>
    <message>
        <source>the STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <source>The STS host %1 was not found. This is nearly always a wrong account domain: use the account&apos;s full domain, such as &apos;eastus.mixedreality.azure.com&apos;, not just the region.</source>
        <translation>Der STS-Host %1 wurde nicht gefunden. Das liegt fast immer an einer falschen Kontodomäne: Verwenden Sie die vollständige Domäne des Kontos, z. B. &apos;eastus.mixedreality.azure.com&apos;, nicht nur die Region.</translation>
    </message>
    <message>
        <source>A real STS response is about 1.2 KB.</source>
        <translation>Eine echte STS-Antwort ist etwa 1,2 KB groß.</translation>
    </message>
    <message>
        <source>The credential could not provide a token for the STS: %1</source>
        <translation>Die Anmeldeinformationen konnten kein Token für den STS bereitstellen: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TimeFormat</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoard</name>
    <message>
        <source>No secret store.</source>
        <translation>Kein Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>No %1 is stored for &quot;%2&quot;. Edit the account to enter it.</source>
        <translation>Für „%2“ ist kein %1 gespeichert. Bearbeiten Sie das Konto, und geben Sie den Wert ein.</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>automatische Aktualisierung</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>Aktualisierung</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoardModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>WWW-Authenticate: %1</source>
        <translation>WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>Request CV (X-MRC-CV): %1</source>
        <translation>Anforderungs-CV (X-MRC-CV): %1</translation>
    </message>
    <message>
        <source>none (no request sent)</source>
        <translation>keiner (keine Anforderung gesendet)</translation>
    </message>
    <message>
        <source>Response CV (MS-CV): %1</source>
        <translation>Antwort-CV (MS-CV): %1</translation>
    </message>
    <message>
        <source>none (no response received)</source>
        <translation>keiner (keine Antwort empfangen)</translation>
    </message>
    <message>
        <source>Account ID: %1
Account domain: %2
Authentication: %3</source>
        <translation>Konto-ID: %1
Kontodomäne: %2
Authentifizierung: %3</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>The token is shown in clear.</source>
        <translation>Das Token wird im Klartext angezeigt.</translation>
    </message>
    <message>
        <source>The token is hidden; reveal it to read it.</source>
        <translation>Das Token ist ausgeblendet; zeigen Sie es an, um es zu lesen.</translation>
    </message>
    <message>
        <source>Token shown</source>
        <translation>Token angezeigt</translation>
    </message>
    <message>
        <source>Token hidden</source>
        <translation>Token ausgeblendet</translation>
    </message>
    <message>
        <source>Expires %1
%2</source>
        <translation>Läuft ab: %1
%2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Ablauf in</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenCommand</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1, und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>%1: finish the sign-in in the browser that opened.</source>
        <translation>%1: Schließen Sie die Anmeldung im geöffneten Browser ab.</translation>
    </message>
    <message>
        <source>Azure AD</source>
        <translation>Azure AD</translation>
    </message>
    <message>
        <source>--key-slot chooses an account key, but &apos;%1&apos; signs in with Azure AD.</source>
        <translation>--key-slot wählt einen Kontoschlüssel, aber &apos;%1&apos; meldet sich mit Azure AD an.</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>Noch ist kein Konto gespeichert; fügen Sie eines mit &apos;mrauth accounts add NAME …&apos; hinzu.</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenDetailsDialog</name>
    <message>
        <source>Token Details — %1</source>
        <translation>Tokendetails — %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>Account domain:</source>
        <translation>Kontodomäne:</translation>
    </message>
    <message>
        <source>&amp;Raw token</source>
        <translation>&amp;Rohtoken</translation>
    </message>
    <message>
        <source>Raw token</source>
        <translation>Rohtoken</translation>
    </message>
    <message>
        <source>&amp;Show Raw Token</source>
        <translation>Rohtoken an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show raw token</source>
        <translation>Rohtoken anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>&amp;Hide Raw Token</source>
        <translation>Rohtoken aus&amp;blenden</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenEntry</name>
    <message>
        <source>Not fetched</source>
        <translation>Nicht abgerufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenFetcher</name>
    <message>
        <source>No token within %1 s (--timeout).</source>
        <translation>Kein Token innerhalb von %1 s (--timeout).</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenInspection</name>
    <message>
        <source>Not a JSON Web Token: %1</source>
        <translation>Kein JSON Web Token: %1</translation>
    </message>
    <message>
        <source>The token has no usable expiry: %1</source>
        <translation>Das Token hat keinen verwendbaren Ablauf: %1</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1 (%2).</source>
        <translation>Noch nicht gültig: gültig ab %1 (%2).</translation>
    </message>
    <message>
        <source>Valid for another %1 (until %2).</source>
        <translation>Noch %1 gültig (bis %2).</translation>
    </message>
    <message>
        <source>Expired %1 (at %2).</source>
        <translation>Abgelaufen %1 (am %2).</translation>
    </message>
    <message>
        <source>Signature algorithm (RS256: RSA signature with SHA-256)</source>
        <translation>Signaturalgorithmus (RS256: RSA-Signatur mit SHA-256)</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token</source>
        <translation>Schlüssel-ID: welcher Schlüssel des Ausstellers das Token signiert hat</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1) of the signing certificate</source>
        <translation>Fingerabdruck (SHA-1) des Signaturzertifikats</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tokentyp</translation>
    </message>
    <message>
        <source>Account ID: the Mixed Reality account the token gives access to</source>
        <translation>Konto-ID: das Mixed Reality-Konto, auf das das Token Zugriff gewährt</translation>
    </message>
    <message>
        <source>Account ID the token was requested for</source>
        <translation>Konto-ID, für die das Token angefordert wurde</translation>
    </message>
    <message>
        <source>Account region, such as eastus</source>
        <translation>Kontoregion, z. B. eastus</translation>
    </message>
    <message>
        <source>Azure resource ID of the account (subscription, resource group, name)</source>
        <translation>Azure-Ressourcen-ID des Kontos (Abonnement, Ressourcengruppe, Name)</translation>
    </message>
    <message>
        <source>Issuer: the STS that issued and signed the token</source>
        <translation>Aussteller: der STS, der das Token ausgestellt und signiert hat</translation>
    </message>
    <message>
        <source>Audience: the service host that accepts the token</source>
        <translation>Zielgruppe: der Diensthost, der das Token akzeptiert</translation>
    </message>
    <message>
        <source>Azure AD tenant of the caller (all zeros for account-key sign-in)</source>
        <translation>Azure AD-Mandant des Aufrufers (lauter Nullen bei Anmeldung mit Kontoschlüssel)</translation>
    </message>
    <message>
        <source>How the caller signed in (account key or Azure AD)</source>
        <translation>Wie sich der Aufrufer angemeldet hat (Kontoschlüssel oder Azure AD)</translation>
    </message>
    <message>
        <source>Whether the caller has owner access to the account</source>
        <translation>Ob der Aufrufer Besitzerzugriff auf das Konto hat</translation>
    </message>
    <message>
        <source>Token ID, unique for each token</source>
        <translation>Token-ID, eindeutig für jedes Token</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>Nicht gültig vor</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Läuft ab am</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenReply</name>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenRequest</name>
    <message>
        <source>--all gets every stored account; give no NAME with it.</source>
        <translation>--all ruft alle gespeicherten Konten ab; geben Sie dazu keinen NAME an.</translation>
    </message>
    <message>
        <source>--all is for the stored accounts; %1 describes an ad-hoc account.</source>
        <translation>--all ist für die gespeicherten Konten bestimmt; %1 beschreibt ein Ad-hoc-Konto.</translation>
    </message>
    <message>
        <source>--all prints every account&apos;s token; it cannot --copy.</source>
        <translation>--all gibt das Token jedes Kontos aus; --copy ist damit nicht möglich.</translation>
    </message>
    <message>
        <source>--all prints a JSON array; use --format json or no --format.</source>
        <translation>--all gibt ein JSON-Array aus; verwenden Sie --format json oder kein --format.</translation>
    </message>
    <message>
        <source>NAME is a stored account, and %1 describes an ad-hoc account: give one or the other.</source>
        <translation>NAME ist ein gespeichertes Konto, und %1 beschreibt ein Ad-hoc-Konto: Geben Sie das eine oder das andere an.</translation>
    </message>
    <message>
        <source>Name a stored account (see &apos;mrauth accounts list&apos;), use --all, or describe an ad-hoc account with --account-id and --account-domain (or MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>Geben Sie ein gespeichertes Konto an (siehe &apos;mrauth accounts list&apos;), verwenden Sie --all, oder beschreiben Sie ein Ad-hoc-Konto mit --account-id und --account-domain (oder MIXEDREALITY_ACCOUNT_ID und MIXEDREALITY_ACCOUNT_DOMAIN).</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-id (or MIXEDREALITY_ACCOUNT_ID).</source>
        <translation>Das Ad-hoc-Konto benötigt --account-id (oder MIXEDREALITY_ACCOUNT_ID).</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-domain (or MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>Das Ad-hoc-Konto benötigt --account-domain (oder MIXEDREALITY_ACCOUNT_DOMAIN).</translation>
    </message>
    <message>
        <source>--key-slot chooses between a stored account&apos;s keys; an ad-hoc account has the one key it is given.</source>
        <translation>--key-slot wählt zwischen den Schlüsseln eines gespeicherten Kontos; ein Ad-hoc-Konto hat nur den einen Schlüssel, der ihm übergeben wird.</translation>
    </message>
    <message>
        <source>ad-hoc account</source>
        <translation>Ad-hoc-Konto</translation>
    </message>
    <message>
        <source>ad-hoc service</source>
        <translation>Ad-hoc-Dienst</translation>
    </message>
    <message>
        <source>Choose one Azure AD sign-in: --client-secret-stdin, --device-code or --azure-cli.</source>
        <translation>Wählen Sie eine Azure AD-Anmeldung: --client-secret-stdin, --device-code oder --azure-cli.</translation>
    </message>
    <message>
        <source>The ad-hoc account needs its key: pipe it to --key-stdin or set MIXEDREALITY_ACCOUNT_KEY (secrets are never taken as arguments).</source>
        <translation>Das Ad-hoc-Konto benötigt seinen Schlüssel: Leiten Sie ihn an --key-stdin weiter, oder setzen Sie MIXEDREALITY_ACCOUNT_KEY (Geheimnisse werden nie als Argumente angenommen).</translation>
    </message>
    <message>
        <source>--key-stdin is for account keys, not for Azure AD sign-in.</source>
        <translation>--key-stdin ist für Kontoschlüssel bestimmt, nicht für die Azure AD-Anmeldung.</translation>
    </message>
    <message>
        <source>--tenant-id and --client-id need a way to sign in: --client-secret-stdin (or AZURE_CLIENT_SECRET), --device-code or --azure-cli.</source>
        <translation>--tenant-id und --client-id benötigen eine Anmeldemethode: --client-secret-stdin (oder AZURE_CLIENT_SECRET), --device-code oder --azure-cli.</translation>
    </message>
    <message>
        <source>--azure-cli signs in as the Azure CLI&apos;s account; it takes no --client-id.</source>
        <translation>--azure-cli meldet sich mit dem Konto der Azure CLI an; es akzeptiert kein --client-id.</translation>
    </message>
    <message>
        <source>--endpoint needs a URL.</source>
        <translation>--endpoint benötigt eine URL.</translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation>--ca-file benötigt den Pfad einer PEM-Datei.</translation>
    </message>
    <message>
        <source>--clear-after goes with --copy.</source>
        <translation>--clear-after gehört zu --copy.</translation>
    </message>
    <message>
        <source>--clear-after needs a whole number of seconds from 0 to 86400.</source>
        <translation>--clear-after benötigt eine ganze Zahl von Sekunden zwischen 0 und 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0 (fractions allowed).</source>
        <translation>--timeout benötigt eine Anzahl Sekunden größer als 0 (Dezimalbrüche zulässig).</translation>
    </message>
    <message>
        <source>--retries needs a whole number from 0 to 10.</source>
        <translation>--retries benötigt eine ganze Zahl zwischen 0 und 10.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mixed Reality access tokens: accounts in the system keychain, live tokens, safe copying.</source>
        <translation>Mixed Reality-Zugriffstokens: Konten im Schlüsselbund des Systems, aktuelle Tokens, sicheres Kopieren.</translation>
    </message>
    <message>
        <source>Start the local STS emulator and show its demo accounts (kept apart from your own).</source>
        <translation>Den lokalen STS-Emulator starten und seine Demokonten anzeigen (getrennt von Ihren eigenen).</translation>
    </message>
    <message>
        <source>Start in demo mode when you have no accounts yet.</source>
        <translation>Im Demomodus starten, wenn Sie noch keine Konten haben.</translation>
    </message>
</context>
</TS>
