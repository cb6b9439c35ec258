<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Les informations d&apos;identification ont été détruites avant l&apos;arrivée du jeton.</translation>
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
        <translation>Service personnalisé</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>A custom service needs a name.</source>
        <translation>Un service personnalisé doit avoir un nom.</translation>
    </message>
    <message>
        <source>The authority host must be an https URL, such as https://login.microsoftonline.com.</source>
        <translation>L&apos;hôte d&apos;autorité doit être une URL https, par exemple https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>An account entry has no valid &quot;id&quot;.</source>
        <translation>Une entrée de compte n&apos;a pas de &quot;id&quot; valide.</translation>
    </message>
    <message>
        <source>An account entry has no &quot;name&quot;.</source>
        <translation>Une entrée de compte n&apos;a pas de &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown service.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a un service inconnu.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; lacks its account id or domain.</source>
        <translation>Il manque au compte «&#xa0;%1&#xa0;» son ID de compte ou son domaine.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid STS endpoint.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a un point de terminaison STS non valide.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown authentication mode.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a un mode d&apos;authentification inconnu.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown key slot.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a un choix de clé inconnu.</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Clé de compte</translation>
    </message>
    <message>
        <source>Azure AD: client secret</source>
        <translation>Azure AD&#xa0;: secret client</translation>
    </message>
    <message>
        <source>Azure AD: device code</source>
        <translation>Azure AD&#xa0;: code d&apos;appareil</translation>
    </message>
    <message>
        <source>Azure AD: interactive browser</source>
        <translation>Azure AD&#xa0;: navigateur interactif</translation>
    </message>
    <message>
        <source>Azure AD: Azure CLI</source>
        <translation>Azure AD&#xa0;: Azure CLI</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Clé secondaire</translation>
    </message>
    <message>
        <source>Enter the account ID, a GUID such as 87e9abb1-79b9-4502-bbae-cfae8c610f23.</source>
        <translation>Entrez l&apos;ID de compte, un GUID tel que 87e9abb1-79b9-4502-bbae-cfae8c610f23.</translation>
    </message>
    <message>
        <source>The account ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>L&apos;ID de compte doit être un GUID (8-4-4-4-12 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The all-zero GUID is not an account ID.</source>
        <translation>Le GUID entièrement nul n&apos;est pas un ID de compte.</translation>
    </message>
    <message>
        <source>Enter the account domain, such as eastus.mixedreality.azure.com.</source>
        <translation>Entrez le domaine du compte, par exemple eastus.mixedreality.azure.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>The custom STS endpoint is not a valid URL.</source>
        <translation>Le point de terminaison STS personnalisé n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback endpoints; use https.</source>
        <translation>Le http non chiffré n&apos;est autorisé que pour les points de terminaison de bouclage&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>The custom STS endpoint must be an https URL.</source>
        <translation>Le point de terminaison STS personnalisé doit être une URL https.</translation>
    </message>
    <message>
        <source>Enter the Azure AD tenant ID (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Entrez l&apos;ID de locataire Azure AD (un GUID ou un domaine tel que contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The tenant ID must be a GUID or a domain name.</source>
        <translation>L&apos;ID de locataire doit être un GUID ou un nom de domaine.</translation>
    </message>
    <message>
        <source>Enter the Azure AD application (client) ID, a GUID.</source>
        <translation>Entrez l&apos;ID d&apos;application (client) Azure AD, un GUID.</translation>
    </message>
    <message>
        <source>The client ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>L&apos;ID client doit être un GUID (8-4-4-4-12 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid service URL.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a une URL de service non valide.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid authority host.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a un hôte d’autorité non valide.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountConnection</name>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificat d&apos;AC %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Edit Account — %1</source>
        <translation>Modifier le compte — %1</translation>
    </message>
    <message>
        <source>Duplicate Account — %1</source>
        <translation>Dupliquer le compte — %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>How the account appears in MrAuth</source>
        <translation>Nom du compte dans MrAuth</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Custom service name</source>
        <translation>Nom du service personnalisé</translation>
    </message>
    <message>
        <source>Service na&amp;me:</source>
        <translation>No&amp;m du service&#xa0;:</translation>
    </message>
    <message>
        <source>Custom service URL</source>
        <translation>URL du service personnalisé</translation>
    </message>
    <message>
        <source>https://service.example.com/ (for the curl command)</source>
        <translation>https://service.example.com/ (pour la commande curl)</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>&amp;URL du service&#xa0;:</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>&amp;ID de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Domaine personnalisé</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Domaine du compte</translation>
    </message>
    <message>
        <source>eastus.mixedreality.azure.com</source>
        <translation>eastus.mixedreality.azure.com</translation>
    </message>
    <message>
        <source>Account &amp;domain:</source>
        <translation>&amp;Domaine du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Se connecter a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Clé secondaire</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>Clé &amp;primaire&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;econdary key:</source>
        <translation>Clé s&amp;econdaire&#xa0;:</translation>
    </message>
    <message>
        <source>Use pr&amp;imary</source>
        <translation>Pr&amp;imaire</translation>
    </message>
    <message>
        <source>Use the primary key</source>
        <translation>Utiliser la clé primaire</translation>
    </message>
    <message>
        <source>Use secon&amp;dary</source>
        <translation>Secon&amp;daire</translation>
    </message>
    <message>
        <source>Use the secondary key</source>
        <translation>Utiliser la clé secondaire</translation>
    </message>
    <message>
        <source>Key in use:</source>
        <translation>Clé utilisée&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>GUID or contoso.onmicrosoft.com</source>
        <translation>GUID ou contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Hôte d&apos;autorité</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID de &amp;locataire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Se&amp;cret client&#xa0;:</translation>
    </message>
    <message>
        <source>Au&amp;thority host:</source>
        <translation>&amp;Hôte d&apos;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>É&amp;tendue&#xa0;:</translation>
    </message>
    <message>
        <source>Connection (optional)</source>
        <translation>Connexion (facultatif)</translation>
    </message>
    <message>
        <source>Custom STS endpoint</source>
        <translation>Point de terminaison STS personnalisé</translation>
    </message>
    <message>
        <source>https://sts.&lt;account domain&gt; (default)</source>
        <translation>https://sts.&lt;domaine du compte&gt; (par défaut)</translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation>&amp;Point de terminaison STS&#xa0;:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust (optional)</source>
        <translation>Fichier PEM d&apos;une AC privée à approuver (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate</source>
        <translation>Rechercher un certificat d&apos;AC</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh the token &amp;automatically before it expires</source>
        <translation>Actualiser le jeton automatiquement avant son e&amp;xpiration</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualiser automatiquement</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the stored secrets from %1…</source>
        <translation>Lecture des secrets stockés (emplacement&#xa0;: %1)…</translation>
    </message>
    <message>
        <source>The stored secrets could not be read: %1 Enter them again, or cancel and retry once the keychain is available.</source>
        <translation>Les secrets stockés n&apos;ont pas pu être lus&#xa0;: %1 Entrez-les de nouveau, ou annulez et réessayez une fois le trousseau disponible.</translation>
    </message>
    <message>
        <source>Enter the primary key, or use the secondary key.</source>
        <translation>Entrez la clé primaire, ou utilisez la clé secondaire.</translation>
    </message>
    <message>
        <source>Enter the secondary key, or use the primary key.</source>
        <translation>Entrez la clé secondaire, ou utilisez la clé primaire.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Entrez le secret client.</translation>
    </message>
    <message>
        <source>✓ A valid account ID.</source>
        <translation>✓ ID de compte valide.</translation>
    </message>
    <message>
        <source>A custom domain: the STS is https://sts.%1</source>
        <translation>Domaine personnalisé&#xa0;: le STS est https://sts.%1</translation>
    </message>
    <message>
        <source>✓ Region %1; the STS is https://sts.%2</source>
        <translation>✓ Région %1&#xa0;; le STS est https://sts.%2</translation>
    </message>
    <message>
        <source>You will be shown a code to enter at the sign-in page on any device.</source>
        <translation>Un code vous sera affiché, à entrer sur la page de connexion depuis n&apos;importe quel appareil.</translation>
    </message>
    <message>
        <source>Your browser opens for the sign-in; the app must allow the redirect URI http://localhost.</source>
        <translation>Votre navigateur s&apos;ouvre pour la connexion&#xa0;; l&apos;application doit autoriser l&apos;URI de redirection http://localhost.</translation>
    </message>
    <message>
        <source>Uses the account signed in with &apos;az login&apos; (az must be on PATH).</source>
        <translation>Utilise le compte connecté avec &apos;az login&apos; (az doit se trouver dans le PATH).</translation>
    </message>
    <message>
        <source>optional: the CLI&apos;s tenant by default</source>
        <translation>facultatif&#xa0;: par défaut, le locataire de la CLI</translation>
    </message>
    <message>
        <source>Fix the form first: %1</source>
        <translation>Corrigez d&apos;abord le formulaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in: open %1 and enter the code %2. Waiting…</source>
        <translation>Connexion&#xa0;: ouvrez %1 et entrez le code %2. En attente…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser (%1)…</source>
        <translation>En attente de la connexion dans votre navigateur (%1)…</translation>
    </message>
    <message>
        <source>Getting a token from the STS…</source>
        <translation>Obtention d&apos;un jeton auprès du STS…</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>Annuler le &amp;test</translation>
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
        <translation>✓ Le STS a émis un jeton, valide jusqu&apos;à %1 (%2 ms).
%3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>
HTTP status: %1</source>
        <translation>
Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>
WWW-Authenticate: %1</source>
        <translation>
WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>test connection</source>
        <translation>test de connexion</translation>
    </message>
    <message>
        <source>Storing the secrets in %1…</source>
        <translation>Stockage des secrets (emplacement&#xa0;: %1)…</translation>
    </message>
    <message>
        <source>The secrets could not be stored, so the account was not saved: %1</source>
        <translation>Les secrets n&apos;ont pas pu être stockés, le compte n&apos;a donc pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Afficher ou masquer %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountEdit</name>
    <message>
        <source>The account needs a name that is not empty.</source>
        <translation>Le compte doit avoir un nom non vide.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already; change it with &apos;mrauth accounts edit %1&apos; or choose another name.</source>
        <translation>Un compte nommé &apos;%1&apos; existe déjà&#xa0;; modifiez-le avec &apos;mrauth accounts edit %1&apos; ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>--rename needs a name that is not empty.</source>
        <translation>--rename nécessite un nom non vide.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already.</source>
        <translation>Un compte nommé &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Give --account-domain or --region, not both.</source>
        <translation>Indiquez --account-domain ou --region, pas les deux.</translation>
    </message>
    <message>
        <source>account domain</source>
        <translation>domaine du compte</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>nom du service</translation>
    </message>
    <message>
        <source>service URL</source>
        <translation>URL du service</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>point de terminaison STS</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier d&apos;AC</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>Say how the account signs in to Azure AD with --auth client-secret, device-code, interactive-browser or azure-cli.</source>
        <translation>Indiquez comment le compte se connecte à Azure AD avec --auth client-secret, device-code, interactive-browser ou azure-cli.</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>choix de clé</translation>
    </message>
    <message>
        <source>tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>authority host</source>
        <translation>hôte d&apos;autorité</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>étendue Azure AD</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>actualisation automatique</translation>
    </message>
    <message>
        <source>--%1 is for Azure AD sign-in, but the account uses an account key (choose the sign-in with --auth).</source>
        <translation>--%1 sert à la connexion Azure AD, mais le compte utilise une clé de compte (choisissez la connexion avec --auth).</translation>
    </message>
    <message>
        <source>--key-slot is for account keys, but the account signs in with Azure AD.</source>
        <translation>--key-slot sert aux clés de compte, mais le compte se connecte avec Azure AD.</translation>
    </message>
    <message>
        <source>--key-stdin stores an account key, but the account signs in with Azure AD.</source>
        <translation>--key-stdin stocke une clé de compte, mais le compte se connecte avec Azure AD.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>clé secondaire</translation>
    </message>
    <message>
        <source>--client-secret-stdin stores a client secret, but the account does not sign in with one (--auth client-secret).</source>
        <translation>--client-secret-stdin stocke un secret client, mais le compte ne se connecte pas avec un secret (--auth client-secret).</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation>Rien à modifier&#xa0;: indiquez les champs à modifier sous forme d&apos;options.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountListFormat</name>
    <message>
        <source>Account &quot;%1&quot; appears twice; the second copy was ignored.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» apparaît deux fois&#xa0;; la deuxième copie a été ignorée.</translation>
    </message>
    <message>
        <source>An account entry is not a JSON object.</source>
        <translation>Une entrée de compte n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file is not an MrAuth account list.</source>
        <translation>Le fichier n&apos;est pas une liste de comptes MrAuth.</translation>
    </message>
    <message>
        <source>The file was written by a newer MrAuth (format version %1).</source>
        <translation>Le fichier a été écrit par une version plus récente de MrAuth (version de format %1).</translation>
    </message>
    <message>
        <source>The file has no account list.</source>
        <translation>Le fichier ne contient aucune liste de comptes.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountLookup</name>
    <message numerus="yes">
        <source>%n accounts are named &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n compte est nommé &apos;%1&apos;.</numerusform>
            <numerusform>%n comptes sont nommés &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one by its id instead: %1.</source>
        <translation>Désignez-en un par son ID&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStore</name>
    <message>
        <source>The account has no id.</source>
        <translation>Le compte n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <source>The account is already in the list.</source>
        <translation>Le compte figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists; another program may have removed it.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; un autre programme l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an MrAuth account list.</source>
        <translation>%1 n&apos;est pas une liste de comptes MrAuth.</translation>
    </message>
    <message>
        <source>The account list is locked by another program (%1). Try again in a moment.</source>
        <translation>La liste des comptes est verrouillée par un autre programme (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The damaged file could not be set aside; it was left as it is.</source>
        <translation>Le fichier endommagé n&apos;a pas pu être mis de côté&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Could not save the account list to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la liste des comptes dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStoreReport</name>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>Impossible de lire la liste des comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account list was damaged and has been repaired.</source>
        <translation>La liste des comptes était endommagée et a été réparée.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) recovered.</source>
        <translation>
            <numerusform>%n compte récupéré.</numerusform>
            <numerusform>%n comptes récupérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came from the backup.</source>
        <translation>
            <numerusform>%n d&apos;entre eux provient de la sauvegarde.</numerusform>
            <numerusform>%n d&apos;entre eux proviennent de la sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n entrée n&apos;a pas pu être lue.</numerusform>
            <numerusform>%n entrées n&apos;ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Le fichier endommagé a été conservé sous %1.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsCommand</name>
    <message>
        <source>No account is stored yet. Add one with:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</source>
        <translation>Aucun compte n&apos;est encore stocké. Ajoutez-en un avec&#xa0;:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</translation>
    </message>
    <message>
        <source>Warning: the keychain could not be read: %1</source>
        <translation>Avertissement&#xa0;: le trousseau n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; ajouté.</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;; %2 stored in %3.</source>
        <translation>&apos;%1&apos; ajouté&#xa0;; stocké&#xa0;: %2 (emplacement&#xa0;: %3).</translation>
    </message>
    <message>
        <source>No key is stored yet; store it with: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</source>
        <translation>Aucune clé n&apos;est encore stockée&#xa0;; stockez-la avec&#xa0;: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</translation>
    </message>
    <message>
        <source>No client secret is stored yet; store it with: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</source>
        <translation>Aucun secret client n&apos;est encore stocké&#xa0;; stockez-le avec&#xa0;: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2).</source>
        <translation>&apos;%1&apos; mis à jour (%2).</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2); %3 stored in %4.</source>
        <translation>&apos;%1&apos; mis à jour (%2)&#xa0;; stocké&#xa0;: %3 (emplacement&#xa0;: %4).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not removed, so that its secrets are not left behind in the keychain.</source>
        <translation>&apos;%1&apos; n&apos;a pas été supprimé, afin que ses secrets ne restent pas dans le trousseau.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; and its secrets.</source>
        <translation>&apos;%1&apos; et ses secrets ont été supprimés.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsOutput</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTHENTIFICATION</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID DE COMPTE</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>POINT DE TERMINAISON</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Domaine du compte</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>point de terminaison STS</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>URL du service</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Hôte d&apos;autorité</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>étendue Azure AD</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>stocké dans le trousseau</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>unknown (the keychain could not be read)</source>
        <translation>inconnu (le trousseau n&apos;a pas pu être lu)</translation>
    </message>
</context>
<context>
    <name>MrAuth::AzureCliCredential</name>
    <message>
        <source>The Azure CLI (&apos;az&apos;) was not found on PATH. Install it and run &apos;az login&apos;, or use another credential.</source>
        <translation>L&apos;Azure CLI (&apos;az&apos;) est introuvable dans le PATH. Installez-la et exécutez &apos;az login&apos;, ou utilisez d&apos;autres informations d&apos;identification.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Impossible de démarrer l&apos;Azure CLI&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Azure CLI crashed: %1</source>
        <translation>L&apos;Azure CLI a planté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n ms.</source>
        <translation>
            <numerusform>L&apos;Azure CLI n&apos;a pas répondu dans un délai de %n ms.</numerusform>
            <numerusform>L&apos;Azure CLI n&apos;a pas répondu dans un délai de %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::CliApplication</name>
    <message>
        <source>There is no command &apos;%1&apos;; the commands are: %2.</source>
        <translation>Il n&apos;existe pas de commande &apos;%1&apos;&#xa0;; les commandes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Paste the token (it is not shown), then press Enter: </source>
        <translation>Collez le jeton (il n&apos;est pas affiché), puis appuyez sur Entrée&#xa0;: </translation>
    </message>
    <message>
        <source>No token: pass it on standard input (preferred) or as the argument.</source>
        <translation>Aucun jeton&#xa0;: transmettez-le sur l&apos;entrée standard (recommandé) ou en argument.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CliError</name>
    <message>
        <source>Check the account&apos;s key: store the current one with &apos;%1&apos;, or use the other key with --key-slot.</source>
        <translation>Vérifiez la clé du compte&#xa0;: stockez la clé actuelle avec &apos;%1&apos;, ou utilisez l&apos;autre clé avec --key-slot.</translation>
    </message>
    <message>
        <source>Check the account ID and the key (both from the Azure portal&apos;s Access keys page).</source>
        <translation>Vérifiez l&apos;ID de compte et la clé (tous deux sur la page Clés d&apos;accès du portail Azure).</translation>
    </message>
    <message>
        <source>Check the Azure AD tenant, client ID and secret.</source>
        <translation>Vérifiez le locataire Azure AD, l&apos;ID client et le secret.</translation>
    </message>
    <message>
        <source>The Azure AD principal needs a role on the account (for example Spatial Anchors Account Reader).</source>
        <translation>Le principal Azure AD a besoin d&apos;un rôle sur le compte (par exemple Spatial Anchors Account Reader).</translation>
    </message>
    <message>
        <source>Check the account ID and the Azure AD settings.</source>
        <translation>Vérifiez l&apos;ID de compte et les paramètres Azure AD.</translation>
    </message>
    <message>
        <source>Check the account ID and the account domain.</source>
        <translation>Vérifiez l&apos;ID de compte et le domaine du compte.</translation>
    </message>
    <message>
        <source>If the STS uses a private or test CA, pass its certificate with --ca-file.</source>
        <translation>Si le STS utilise une AC privée ou de test, transmettez son certificat avec --ca-file.</translation>
    </message>
    <message>
        <source>Retry, or allow more time with --timeout.</source>
        <translation>Réessayez, ou accordez plus de temps avec --timeout.</translation>
    </message>
    <message>
        <source>The STS is throttling requests: wait a little, then retry (or raise --retries).</source>
        <translation>Le STS limite les requêtes&#xa0;: patientez un peu, puis réessayez (ou augmentez --retries).</translation>
    </message>
    <message>
        <source>The service failed; retry later and give support both correlation vectors.</source>
        <translation>Le service a échoué&#xa0;; réessayez plus tard et communiquez les deux vecteurs de corrélation au support.</translation>
    </message>
    <message>
        <source>Check the network connection and the STS endpoint.</source>
        <translation>Vérifiez la connexion réseau et le point de terminaison STS.</translation>
    </message>
    <message>
        <source>The endpoint did not answer like a Mixed Reality STS; check --endpoint.</source>
        <translation>Le point de terminaison n&apos;a pas répondu comme un STS Mixed Reality&#xa0;; vérifiez --endpoint.</translation>
    </message>
    <message>
        <source>Store it with &apos;%1&apos;.</source>
        <translation>Stockez la valeur avec &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for the account.</source>
        <translation>Le trousseau ne contient aucune entrée «&#xa0;%1&#xa0;» pour le compte.</translation>
    </message>
    <message>
        <source>Without a keychain (a server or CI), use an ad-hoc account: --account-id, --account-domain and MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>Sans trousseau (serveur ou CI), utilisez un compte ad hoc&#xa0;: --account-id, --account-domain et MIXEDREALITY_ACCOUNT_KEY.</translation>
    </message>
    <message>
        <source>Allow mrauth to use the keychain, then retry.</source>
        <translation>Autorisez mrauth à utiliser le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>Aucun compte n&apos;est encore stocké&#xa0;; ajoutez-en un avec &apos;mrauth accounts add NAME …&apos;.</translation>
    </message>
    <message>
        <source>The stored accounts are: %1.</source>
        <translation>Les comptes stockés sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>Aucun compte stocké ne s&apos;appelle &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClientSecretCredential</name>
    <message>
        <source>The client secret is empty: copy the secret&apos;s value (not its ID) from the app registration&apos;s Certificates &amp; secrets page.</source>
        <translation>Le secret client est vide&#xa0;: copiez la valeur du secret (pas son ID) depuis la page Certificats et secrets de l&apos;inscription d&apos;application.</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClipboardSession</name>
    <message>
        <source>There is no display to copy to: %1 is not set (an SSH session, a container or a console?). Print the token instead, for example &apos;mrauth token NAME&apos;, or use --copy in a graphical session.</source>
        <translation>Aucun affichage vers lequel copier&#xa0;: %1 n&apos;est pas défini (session SSH, conteneur ou console&#xa0;?). Affichez plutôt le jeton, par exemple avec &apos;mrauth token NAME&apos;, ou utilisez --copy dans une session graphique.</translation>
    </message>
    <message>
        <source>The Qt platform &apos;%1&apos; has no clipboard that other programs can read, so copying is impossible here. Run --copy in a graphical session, or print the token instead.</source>
        <translation>La plateforme Qt &apos;%1&apos; n&apos;a pas de presse-papiers lisible par d&apos;autres programmes, la copie est donc impossible ici. Exécutez --copy dans une session graphique, ou affichez plutôt le jeton.</translation>
    </message>
    <message>
        <source>Could not connect to the display (%1), so copying is impossible. Check that the graphical session is running, or print the token instead.</source>
        <translation>Impossible de se connecter à l&apos;affichage (%1), la copie est donc impossible. Vérifiez que la session graphique est en cours d&apos;exécution, ou affichez plutôt le jeton.</translation>
    </message>
    <message>
        <source>Clearing the clipboard in %1 (Ctrl+C clears it now)</source>
        <translation>Effacement du presse-papiers dans %1 (Ctrl+C l&apos;efface immédiatement)</translation>
    </message>
    <message>
        <source>Interrupted: clipboard cleared.</source>
        <translation>Interrompu&#xa0;: presse-papiers effacé.</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers effacé.</translation>
    </message>
    <message>
        <source>The clipboard now holds something else; nothing is left to clear.</source>
        <translation>Le presse-papiers contient maintenant autre chose&#xa0;; il n&apos;y a plus rien à effacer.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>The clipboard did not take the text.</source>
        <translation>Le presse-papiers n&apos;a pas accepté le texte.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. It will be cleared in %1 s; mrauth keeps running until then, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>Copié dans le presse-papiers. Il sera effacé dans %1 s&#xa0;; mrauth reste en cours d&apos;exécution jusque-là, car le contenu du presse-papiers ne vit qu&apos;aussi longtemps que le programme qui l&apos;a copié. Ctrl+C l&apos;efface immédiatement.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. mrauth keeps running until something else is copied, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>Copié dans le presse-papiers. mrauth reste en cours d&apos;exécution jusqu&apos;à ce qu&apos;autre chose soit copié, car le contenu du presse-papiers ne vit qu&apos;aussi longtemps que le programme qui l&apos;a copié. Ctrl+C l&apos;efface immédiatement.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not a valid value for --%2; use one of: %3.</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur valide pour --%2&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; the commands are: %2.</source>
        <translation>&apos;%1&apos; n&apos;est pas une commande&#xa0;; les commandes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of &apos;%2&apos;; use one of: %3.</source>
        <translation>&apos;%1&apos; n&apos;est pas une commande de &apos;%2&apos;&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--%1: secrets are never taken as arguments, which every user of the machine can see in the process list. Pipe the secret to --key-stdin or --client-secret-stdin, or set MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>--%1&#xa0;: les secrets ne sont jamais acceptés en argument, car tout utilisateur de la machine peut les voir dans la liste des processus. Redirigez le secret vers --key-stdin ou --client-secret-stdin, ou définissez MIXEDREALITY_ACCOUNT_KEY.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>&apos;%1&apos; n&apos;a pas d&apos;option --%2.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 n&apos;accepte pas de valeur.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 nécessite une valeur (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option -%2.</source>
        <translation>&apos;%1&apos; n&apos;a pas d&apos;option -%2.</translation>
    </message>
    <message>
        <source>-%1 needs a value (%2).</source>
        <translation>-%1 nécessite une valeur (%2).</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>Indiquez une commande&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; nécessite une commande&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; nécessite %2.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no arguments (%n given).</source>
        <translation>
            <numerusform>&apos;%1&apos; n&apos;accepte aucun argument (%n fourni).</numerusform>
            <numerusform>&apos;%1&apos; n&apos;accepte aucun argument (%n fournis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2 at most, but %n arguments were given. Secrets are never taken as arguments.</source>
        <translation>
            <numerusform>&apos;%1&apos; accepte au plus %2, mais %n argument a été fourni. Les secrets ne sont jamais acceptés en argument.</numerusform>
            <numerusform>&apos;%1&apos; accepte au plus %2, mais %n arguments ont été fournis. Les secrets ne sont jamais acceptés en argument.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>&apos;%1&apos; ne fait pas partie de&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandTable</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print no notices or warnings on standard error; errors are still printed.</source>
        <translation>N&apos;afficher aucune notification ni aucun avertissement sur la sortie d&apos;erreur standard&#xa0;; les erreurs restent affichées.</translation>
    </message>
    <message>
        <source>Print debug logging of the requests on standard error (never a secret).</source>
        <translation>Afficher la journalisation de débogage des requêtes sur la sortie d&apos;erreur standard (jamais de secret).</translation>
    </message>
    <message>
        <source>Custom STS endpoint instead of https://sts.DOMAIN (https; plain http only on loopback).</source>
        <translation>Point de terminaison STS personnalisé au lieu de https://sts.DOMAIN (https&#xa0;; http non chiffré uniquement en bouclage).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private or test CA).</source>
        <translation>Approuver aussi les certificats d&apos;AC de ce fichier PEM (AC privée ou de test).</translation>
    </message>
    <message>
        <source>The Mixed Reality account ID (a GUID).</source>
        <translation>L&apos;ID du compte Mixed Reality (un GUID).</translation>
    </message>
    <message>
        <source>The account domain, e.g. eastus.mixedreality.azure.com.</source>
        <translation>Le domaine du compte, par exemple eastus.mixedreality.azure.com.</translation>
    </message>
    <message>
        <source>Azure AD tenant (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Locataire Azure AD (un GUID ou un domaine tel que contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Azure AD application (client) ID, a GUID.</source>
        <translation>ID d&apos;application (client) Azure AD, un GUID.</translation>
    </message>
    <message>
        <source>Azure AD authority host (default https://login.microsoftonline.com; sovereign clouds differ).</source>
        <translation>Hôte d&apos;autorité Azure AD (par défaut https://login.microsoftonline.com&#xa0;; différent dans les clouds souverains).</translation>
    </message>
    <message>
        <source>Azure AD scope to ask for (default https://sts.mixedreality.azure.com//.default).</source>
        <translation>Étendue Azure AD à demander (par défaut https://sts.mixedreality.azure.com//.default).</translation>
    </message>
    <message>
        <source>Instead of --account-domain: the account&apos;s region, e.g. eastus (eastus2 is mixedreality.azure.com).</source>
        <translation>Au lieu de --account-domain&#xa0;: la région du compte, par exemple eastus (eastus2 correspond à mixedreality.azure.com).</translation>
    </message>
    <message>
        <source>The service the tokens are for (default spatial-anchors).</source>
        <translation>Le service auquel les jetons sont destinés (par défaut spatial-anchors).</translation>
    </message>
    <message>
        <source>For --service custom: what the service is called.</source>
        <translation>Pour --service custom&#xa0;: le nom du service.</translation>
    </message>
    <message>
        <source>The service&apos;s base URL, for the curl format (default: the service host of the account domain).</source>
        <translation>L&apos;URL de base du service, pour le format curl (par défaut&#xa0;: l&apos;hôte de service du domaine du compte).</translation>
    </message>
    <message>
        <source>How to authenticate (default account-key).</source>
        <translation>Mode d&apos;authentification (par défaut account-key).</translation>
    </message>
    <message>
        <source>Which account key the account uses, and which one --key-stdin stores (default primary).</source>
        <translation>La clé de compte qu&apos;utilise le compte, et celle que stocke --key-stdin (par défaut primary).</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input and store it in the keychain.</source>
        <translation>Lire la clé de compte depuis une ligne de l&apos;entrée standard et la stocker dans le trousseau.</translation>
    </message>
    <message>
        <source>Read the client secret from one line of standard input (after the key, if both) and store it in the keychain.</source>
        <translation>Lire le secret client depuis une ligne de l&apos;entrée standard (après la clé, si les deux sont fournis) et le stocker dans le trousseau.</translation>
    </message>
    <message>
        <source>Whether the desktop app refreshes the account&apos;s token before it expires (default on).</source>
        <translation>Si l&apos;application de bureau actualise le jeton du compte avant son expiration (par défaut on).</translation>
    </message>
    <message>
        <source>Get an access token for a stored or ad-hoc account.</source>
        <translation>Obtenir un jeton d&apos;accès pour un compte stocké ou ad hoc.</translation>
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
        <translation>NAME est un compte stocké (voir &apos;mrauth accounts list&apos;)&#xa0;; sa clé ou son secret client
provient du trousseau du système. Sans NAME, le compte est ad hoc&#xa0;: --account-id et
--account-domain (ou MIXEDREALITY_ACCOUNT_ID et MIXEDREALITY_ACCOUNT_DOMAIN) le
désignent, et il se connecte avec une clé de compte issue de MIXEDREALITY_ACCOUNT_KEY ou
de --key-stdin, ou avec Azure AD&#xa0;: --tenant-id et --client-id avec --client-secret-stdin
(ou AZURE_CLIENT_SECRET), --device-code ou --azure-cli.

Aucun secret n&apos;est jamais accepté en argument&#xa0;: les arguments sont visibles par tous les
utilisateurs de la machine dans la liste des processus. --key-stdin et
--client-secret-stdin lisent une ligne sur l&apos;entrée standard, sans écho dans un terminal.

Formats&#xa0;:
  token   le jeton brut suivi d&apos;un saut de ligne (par défaut)
  json    {accessToken, expiresOn (ISO 8601 UTC), expiresOnEpoch, accountId,
          accountDomain, endpoint, requestCorrelationVector,
          responseCorrelationVector}, plus name pour les comptes stockés
  header  Authorization: Bearer TOKEN
  env     export MIXEDREALITY_ACCESS_TOKEN=&apos;TOKEN&apos;
  curl    une commande curl pour l&apos;URL du service du compte
--all affiche un tableau JSON d&apos;objets json, un par compte stocké, avec un objet d&apos;erreur
{type, message, httpStatus, wwwAuthenticate, requestCorrelationVector,
responseCorrelationVector, exitCode} à la place du jeton pour chaque compte en échec&#xa0;;
le code de sortie n&apos;est 0 que si chaque compte a obtenu un jeton.

--copy place le texte dans le presse-papiers, marqué pour que les gestionnaires de
presse-papiers ne le conservent pas, n&apos;affiche rien sur la sortie standard et reste en
cours d&apos;exécution jusqu&apos;à l&apos;effacement du presse-papiers&#xa0;: après --clear-after secondes
(30 par défaut, ou le paramètre de l&apos;application&#xa0;; 0 attend qu&apos;autre chose soit copié), ou
immédiatement sur Ctrl+C. Le contenu du presse-papiers ne vit qu&apos;aussi longtemps que le
programme qui l&apos;a copié. --copy nécessite une session graphique.

Les erreurs tiennent sur une ligne de la sortie d&apos;erreur standard&#xa0;: le type d&apos;erreur, le
message, le statut HTTP et les deux vecteurs de corrélation (X-MRC-CV envoyé, MS-CV reçu),
dont le support a besoin.

Environnement (comptes ad hoc&#xa0;; les options priment)&#xa0;: MIXEDREALITY_ACCOUNT_ID,
MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY, MIXEDREALITY_STS_ENDPOINT,
MIXEDREALITY_CA_FILE, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
AZURE_AUTHORITY_HOST.

Codes de sortie&#xa0;:
  0  succès
  2  utilisation&#xa0;: option, argument ou valeur incorrects
  3  authentification refusée (HTTP 400, 401, 403)
  4  compte introuvable (HTTP 404, ou NAME inconnu)
  5  réseau, TLS ou délai d&apos;attente dépassé
  6  réponse non valide
  7  trousseau indisponible, ou secret du compte absent du trousseau
  1  tout autre cas (par exemple limitation ou erreurs serveur après toutes les tentatives)

Exemples&#xa0;:
  export TOKEN=&quot;$(mrauth token my-anchors)&quot;
  mrauth token my-anchors --format json | jq -r .expiresOn
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth token --account-id ID \
      --account-domain eastus.mixedreality.azure.com --key-stdin
  mrauth token --account-id ID --account-domain DOMAIN --azure-cli
  mrauth token my-anchors --copy --clear-after 20</translation>
    </message>
    <message>
        <source>Every stored account, fetched concurrently (JSON array).</source>
        <translation>Tous les comptes stockés, récupérés simultanément (tableau JSON).</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input (else from MIXEDREALITY_ACCOUNT_KEY).</source>
        <translation>Lire la clé de compte depuis une ligne de l&apos;entrée standard (sinon depuis MIXEDREALITY_ACCOUNT_KEY).</translation>
    </message>
    <message>
        <source>For a stored account: use this key instead of the account&apos;s choice.</source>
        <translation>Pour un compte stocké&#xa0;: utiliser cette clé au lieu de celle choisie par le compte.</translation>
    </message>
    <message>
        <source>Azure AD service principal: read the client secret from one line of standard input.</source>
        <translation>Principal de service Azure AD&#xa0;: lire le secret client depuis une ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Azure AD user sign-in on another device: prints a code to enter at a web page.</source>
        <translation>Connexion utilisateur Azure AD sur un autre appareil&#xa0;: affiche un code à entrer sur une page web.</translation>
    </message>
    <message>
        <source>Azure AD through the signed-in Azure CLI (az login).</source>
        <translation>Azure AD via l&apos;Azure CLI connectée (az login).</translation>
    </message>
    <message>
        <source>Ad-hoc account: its service, for the curl format.</source>
        <translation>Compte ad hoc&#xa0;: son service, pour le format curl.</translation>
    </message>
    <message>
        <source>The URL the curl format calls (default: the service host of the account domain).</source>
        <translation>L&apos;URL appelée par le format curl (par défaut&#xa0;: l&apos;hôte de service du domaine du compte).</translation>
    </message>
    <message>
        <source>token, json, header, env or curl (default token; json with --all).</source>
        <translation>token, json, header, env ou curl (par défaut token&#xa0;; json avec --all).</translation>
    </message>
    <message>
        <source>Copy to the clipboard instead of printing, and wait until it is cleared.</source>
        <translation>Copier dans le presse-papiers au lieu d&apos;afficher, et attendre son effacement.</translation>
    </message>
    <message>
        <source>With --copy: clear the clipboard after this many seconds (default 30; 0: when replaced).</source>
        <translation>Avec --copy&#xa0;: effacer le presse-papiers après ce nombre de secondes (par défaut 30&#xa0;; 0&#xa0;: quand il est remplacé).</translation>
    </message>
    <message>
        <source>Give up after this many seconds in all, retries and sign-in included (default: 30 s per try).</source>
        <translation>Abandonner après ce nombre total de secondes, nouvelles tentatives et connexion comprises (par défaut&#xa0;: 30 s par tentative).</translation>
    </message>
    <message>
        <source>Retry throttled, failed or timed-out requests up to N times (default 3, at most 10).</source>
        <translation>Réessayer jusqu&apos;à N fois les requêtes limitées, en échec ou expirées (par défaut 3, au plus 10).</translation>
    </message>
    <message>
        <source>List, show, add, edit or remove stored accounts.</source>
        <translation>Lister, afficher, ajouter, modifier ou supprimer les comptes stockés.</translation>
    </message>
    <message>
        <source>The accounts are the desktop app&apos;s: the same list (metadata only) and the same
keychain entries for their secrets. Changes show up in a running app at once.</source>
        <translation>Les comptes sont ceux de l&apos;application de bureau&#xa0;: la même liste (métadonnées seulement) et
les mêmes entrées du trousseau pour leurs secrets. Les modifications apparaissent aussitôt
dans une application en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>List the stored accounts.</source>
        <translation>Lister les comptes stockés.</translation>
    </message>
    <message>
        <source>Formats: table (the default) has one line per account; json is an array of the
accounts&apos; metadata as the app stores it; names prints one name per line, for
scripts and shell completion. No keychain access is needed.</source>
        <translation>Formats&#xa0;: table (par défaut) affiche une ligne par compte&#xa0;; json est un tableau des
métadonnées des comptes telles que l&apos;application les stocke&#xa0;; names affiche un nom par
ligne, pour les scripts et la complétion du shell. Aucun accès au trousseau n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>table, json or names (default table).</source>
        <translation>table, json ou names (par défaut table).</translation>
    </message>
    <message>
        <source>Show one account and which of its secrets are stored.</source>
        <translation>Afficher un compte et ceux de ses secrets qui sont stockés.</translation>
    </message>
    <message>
        <source>Shows the metadata and, from the keychain, whether each secret the account can use
is stored (never the secret itself). When the keychain cannot be reached the
secrets show as unknown and a warning says why.</source>
        <translation>Affiche les métadonnées et, d&apos;après le trousseau, si chaque secret que le compte peut
utiliser est stocké (jamais le secret lui-même). Si le trousseau est inaccessible, les
secrets apparaissent comme inconnus et un avertissement en indique la raison.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text ou json (par défaut text).</translation>
    </message>
    <message>
        <source>Add an account; its secret goes to the keychain.</source>
        <translation>Ajouter un compte&#xa0;; son secret va dans le trousseau.</translation>
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
        <translation>NAME est le nom qui désigne le compte, dans la CLI et dans l&apos;application. Un compte à clé
de compte nécessite --account-id, --account-domain (ou --region) et, pour obtenir des
jetons, une clé&#xa0;:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add my-anchors \
      --account-id ID --account-domain eastus.mixedreality.azure.com --key-stdin
Un principal de service&#xa0;: --auth client-secret --tenant-id T --client-id C
--client-secret-stdin. Les connexions par code d&apos;appareil, navigateur interactif et
Azure CLI ne nécessitent aucun secret.
Le secret est écrit dans le trousseau avant l&apos;enregistrement du compte&#xa0;; si le trousseau
est inaccessible, rien n&apos;est enregistré (code de sortie 7).</translation>
    </message>
    <message>
        <source>Change an account&apos;s fields or store a new secret.</source>
        <translation>Modifier les champs d&apos;un compte ou stocker un nouveau secret.</translation>
    </message>
    <message>
        <source>Only the fields given change. An empty value (--endpoint=) clears an optional field.
Key rotation, storing the new secondary key and switching to it:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</source>
        <translation>Seuls les champs indiqués changent. Une valeur vide (--endpoint=) efface un champ
facultatif. Rotation de clé, en stockant la nouvelle clé secondaire et en basculant sur elle&#xa0;:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</translation>
    </message>
    <message>
        <source>Give the account a new name.</source>
        <translation>Donner un nouveau nom au compte.</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain.</source>
        <translation>Supprimer un compte et ses secrets du trousseau.</translation>
    </message>
    <message>
        <source>The secrets are deleted first; when the keychain cannot be reached the account stays
(exit 7), so that no secret is left behind without an account to find it by.</source>
        <translation>Les secrets sont supprimés en premier&#xa0;; si le trousseau est inaccessible, le compte est
conservé (code de sortie 7), afin qu&apos;aucun secret ne reste sans compte permettant de le retrouver.</translation>
    </message>
    <message>
        <source>Show a token&apos;s header and claims, dates in UTC.</source>
        <translation>Afficher l&apos;en-tête et les revendications d&apos;un jeton, dates en UTC.</translation>
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
        <translation>Lit le jeton sur l&apos;entrée standard si TOKEN vaut &apos;-&apos; ou est absent&#xa0;; c&apos;est préférable&#xa0;:
un jeton passé en argument est visible dans la liste des processus pendant l&apos;exécution de
mrauth. Le texte collé peut conserver un préfixe &apos;Authorization: Bearer &apos; ou &apos;export NAME=&apos;
et des guillemets. Les dates (exp, nbf, iat) sont affichées en UTC et par rapport à
maintenant. La signature n&apos;est pas vérifiée&#xa0;: c&apos;est le service qui s&apos;en charge.

--check se termine avec le code 8 si le jeton a expiré ou n&apos;est pas encore valide (6 s&apos;il
ne s&apos;agit pas d&apos;un JWT ou s&apos;il n&apos;a pas d&apos;expiration), après l&apos;affichage habituel&#xa0;:
  mrauth token my-anchors | mrauth decode --check - &gt;/dev/null || echo renew</translation>
    </message>
    <message>
        <source>Exit 8 when the token has expired or is not valid yet.</source>
        <translation>Quitter avec le code 8 si le jeton a expiré ou n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Print the completion script for bash, zsh or fish.</source>
        <translation>Afficher le script de complétion pour bash, zsh ou fish.</translation>
    </message>
    <message>
        <source>Install it with one of:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Account names are completed from &apos;mrauth accounts list --format names&apos;.</source>
        <translation>Installez-le avec l&apos;une de ces commandes&#xa0;:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Les noms de comptes sont complétés à partir de &apos;mrauth accounts list --format names&apos;.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Afficher l&apos;aide d&apos;une commande.</translation>
    </message>
    <message>
        <source>Show the versions of mrauth, libmrauth and Qt.</source>
        <translation>Afficher les versions de mrauth, libmrauth et Qt.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Essayez &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>mrauth %1: Mixed Reality access tokens for scripts and the clipboard.</source>
        <translation>mrauth %1&#xa0;: jetons d&apos;accès Mixed Reality pour les scripts et le presse-papiers.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
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
        <translation>Codes de sortie&#xa0;:
  0  succès
  2  utilisation
  3  authentification refusée (HTTP 400, 401, 403)
  4  compte introuvable (HTTP 404, ou NAME inconnu)
  5  réseau, TLS ou délai d&apos;attente dépassé
  6  réponse non valide
  7  trousseau indisponible
  8  &apos;decode --check&apos; sur un jeton expiré ou pas encore valide
  1  tout autre cas
</translation>
    </message>
    <message>
        <source>Run &apos;mrauth COMMAND --help&apos; for the options of a command.</source>
        <translation>Exécutez &apos;mrauth COMMAND --help&apos; pour afficher les options d&apos;une commande.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CopyFormats</name>
    <message>
        <source>Copy &amp;Token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy as &amp;Authorization Header</source>
        <translation>Copier comme en-tête &amp;Authorization</translation>
    </message>
    <message>
        <source>Copy as c&amp;url Command</source>
        <translation>Copier comme commande c&amp;url</translation>
    </message>
    <message>
        <source>Copy as Shell &amp;Export</source>
        <translation>Copier comme &amp;export shell</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeOutput</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation>valide, expire le %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>not valid yet, valid from %1</source>
        <translation>pas encore valide, valide à partir de %1</translation>
    </message>
    <message>
        <source>no usable expiry (%1)</source>
        <translation>aucune expiration utilisable (%1)</translation>
    </message>
    <message>
        <source>not a JSON Web Token</source>
        <translation>pas un JSON Web Token</translation>
    </message>
    <message>
        <source>This is not a JSON Web Token: %1</source>
        <translation>Ce n&apos;est pas un JSON Web Token&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pass the whole token (three base64url parts separated by dots).</source>
        <translation>Transmettez le jeton complet (trois parties base64url séparées par des points).</translation>
    </message>
    <message>
        <source>The token expired %1.</source>
        <translation>Le jeton a expiré le %1.</translation>
    </message>
    <message>
        <source>The token is valid only from %1.</source>
        <translation>Le jeton n&apos;est valide qu&apos;à partir de %1.</translation>
    </message>
    <message>
        <source>The token has no usable expiry, so it cannot be checked: %1</source>
        <translation>Le jeton n&apos;a pas d&apos;expiration utilisable, il ne peut donc pas être vérifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeTokenDialog</name>
    <message>
        <source>Decode a Token</source>
        <translation>Décoder un jeton</translation>
    </message>
    <message>
        <source>&amp;Paste a token (a JWT, optionally with &quot;Authorization: Bearer&quot;):</source>
        <translation>&amp;Collez un jeton (un JWT, éventuellement avec &quot;Authorization: Bearer&quot;)&#xa0;:</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>Jeton à décoder</translation>
    </message>
</context>
<context>
    <name>MrAuth::DemoMode</name>
    <message numerus="yes">
        <source>The STS emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>L&apos;émulateur STS n&apos;a pas indiqué son adresse dans un délai de %n seconde.</numerusform>
            <numerusform>L&apos;émulateur STS n&apos;a pas indiqué son adresse dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no accounts.</source>
        <translation>Le fichier des comptes de démonstration de l&apos;émulateur ne contient aucun compte.</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Démo %1</translation>
    </message>
    <message>
        <source>Demo %1 (Azure AD)</source>
        <translation>Démo %1 (Azure AD)</translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no usable account.</source>
        <translation>Le fichier des comptes de démonstration de l&apos;émulateur ne contient aucun compte utilisable.</translation>
    </message>
    <message>
        <source>The STS emulator (%1) was not found next to the app or on PATH.</source>
        <translation>L&apos;émulateur STS (%1) est introuvable, ni à côté de l&apos;application ni dans le PATH.</translation>
    </message>
    <message>
        <source>Cannot create the demo directory %1.</source>
        <translation>Impossible de créer le répertoire de démonstration %1.</translation>
    </message>
    <message>
        <source>The STS emulator could not be started: %1</source>
        <translation>Impossible de démarrer l&apos;émulateur STS&#xa0;: %1</translation>
    </message>
    <message>
        <source>The STS emulator stopped (exit code %1).</source>
        <translation>L&apos;émulateur STS s&apos;est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>The STS emulator stopped: %1</source>
        <translation>L&apos;émulateur STS s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the demo accounts file %1: %2</source>
        <translation>Impossible de lire le fichier des comptes de démonstration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not store the demo keys: %1</source>
        <translation>Impossible de stocker les clés de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo account list is gone.</source>
        <translation>La liste des comptes de démonstration a disparu.</translation>
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
        <translation>Le code d&apos;appareil a expiré avant la fin de la connexion.</translation>
    </message>
    <message>
        <source>The user declined the sign-in.</source>
        <translation>L&apos;utilisateur a refusé la connexion.</translation>
    </message>
</context>
<context>
    <name>MrAuth::EnvironmentCredential</name>
    <message>
        <source>The environment does not describe a service principal: %1 not set.</source>
        <translation>L&apos;environnement ne décrit pas de principal de service&#xa0;: %1 non défini.</translation>
    </message>
</context>
<context>
    <name>MrAuth::InteractiveBrowserCredential</name>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n s.</source>
        <translation>
            <numerusform>La connexion dans le navigateur ne s&apos;est pas terminée dans un délai de %n s.</numerusform>
            <numerusform>La connexion dans le navigateur ne s&apos;est pas terminée dans un délai de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser could be opened for the sign-in.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert pour la connexion.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cette fenêtre et revenir à l&apos;application.</translation>
    </message>
</context>
<context>
    <name>MrAuth::JwtView</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Decoded only: the signature is checked by the service, not here.</source>
        <translation>Décodé uniquement&#xa0;: la signature est vérifiée par le service, pas ici.</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;En-tête</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>En-tête du jeton</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>Re&amp;vendications</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Revendications du jeton</translation>
    </message>
    <message>
        <source>No token.</source>
        <translation>Aucun jeton.</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relatif</translation>
    </message>
</context>
<context>
    <name>MrAuth::KeychainSecretStore</name>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>trousseau du système (service «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Démarrez ou déverrouillez votre trousseau (par exemple GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not be reached or is locked (%1). Unlock it, then retry.</source>
        <translation>Le trousseau est inaccessible ou verrouillé (%1). Déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::LogPanel</name>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Every token request: time, account, status, latency and both correlation vectors</source>
        <translation>Chaque demande de jeton&#xa0;: heure, compte, statut, latence et les deux vecteurs de corrélation</translation>
    </message>
    <message>
        <source>Secrets and tokens are never logged.</source>
        <translation>Les secrets et les jetons ne sont jamais journalisés.</translation>
    </message>
    <message>
        <source>&amp;Export Log…</source>
        <translation>&amp;Exporter le journal…</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Exporter le journal des requêtes</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>E&amp;ffacer le journal</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Effacer le journal des requêtes</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>Exporter le journal des requêtes</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no log to export.</source>
        <translation>Il n&apos;y a aucun journal à exporter.</translation>
    </message>
</context>
<context>
    <name>MrAuth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>This is not a request MrAuth understands.</source>
        <translation>Ce n&apos;est pas une requête que MrAuth comprend.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Rien ici.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MainWindow</name>
    <message>
        <source>MrAuth — Demo</source>
        <translation>MrAuth — Démo</translation>
    </message>
    <message>
        <source>MrAuth</source>
        <translation>MrAuth</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Presse-papiers effacé dans %1 s</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été effacé.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Account…</source>
        <translation>D&amp;upliquer le compte…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Re&amp;veal Token</source>
        <translation>&amp;Afficher le jeton</translation>
    </message>
    <message>
        <source>&amp;Hide All Tokens</source>
        <translation>&amp;Masquer tous les jetons</translation>
    </message>
    <message>
        <source>Token &amp;Details…</source>
        <translation>&amp;Détails du jeton…</translation>
    </message>
    <message>
        <source>&amp;Refresh Token</source>
        <translation>Ac&amp;tualiser le jeton</translation>
    </message>
    <message>
        <source>Refresh &amp;All Tokens</source>
        <translation>Actualiser to&amp;us les jetons</translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation>A&amp;nnuler la récupération</translation>
    </message>
    <message>
        <source>&amp;Decode a Token…</source>
        <translation>Dé&amp;coder un jeton…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importer des comptes…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>&amp;Exporter des comptes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About MrAuth</source>
        <translation>À &amp;propos de MrAuth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Hide MrAuth</source>
        <translation>&amp;Masquer MrAuth</translation>
    </message>
    <message>
        <source>Get a new token for the selected account (Ctrl+R)</source>
        <translation>Obtenir un nouveau jeton pour le compte sélectionné (Ctrl+R)</translation>
    </message>
    <message>
        <source>Get new tokens for every account (F5)</source>
        <translation>Obtenir de nouveaux jetons pour tous les comptes (F5)</translation>
    </message>
    <message>
        <source>Copy the selected account&apos;s token (Ctrl+C); the clipboard is cleared after a while</source>
        <translation>Copier le jeton du compte sélectionné (Ctrl+C)&#xa0;; le presse-papiers est effacé après un moment</translation>
    </message>
    <message>
        <source>About MrAuth</source>
        <translation>À propos de MrAuth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Mixed Reality access tokens for developers: accounts in the system keychain, live tokens, safe copying.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Jetons d&apos;accès Mixed Reality pour les développeurs&#xa0;: comptes dans le trousseau du système, jetons à jour, copie sécurisée.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation>Réessayer d&apos;accéder au trousseau</translation>
    </message>
    <message>
        <source>Account list problem</source>
        <translation>Problème de liste des comptes</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the account list</source>
        <translation>Ouvrir le dossier de la liste des comptes</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the account list message</source>
        <translation>Ignorer le message sur la liste des comptes</translation>
    </message>
    <message>
        <source>Azure AD sign-in</source>
        <translation>Connexion Azure AD</translation>
    </message>
    <message>
        <source>Open Sign-in &amp;Page</source>
        <translation>Ouvrir la &amp;page de connexion</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation>Copier le co&amp;de</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>Copier le code de connexion</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sign-in</source>
        <translation>A&amp;nnuler la connexion</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Copied the sign-in code %1.</source>
        <translation>Code de connexion %1 copié.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No accounts yet&lt;/h3&gt;&lt;p&gt;Add a Mixed Reality account to get tokens. Its keys are kept in your system keychain.&lt;/p&gt;&lt;p&gt;Or try MrAuth with the local STS emulator: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun compte pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Ajoutez un compte Mixed Reality pour obtenir des jetons. Ses clés sont conservées dans le trousseau de votre système.&lt;/p&gt;&lt;p&gt;Ou essayez MrAuth avec l&apos;émulateur STS local&#xa0;: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <source>Start MrAuth in demo mode</source>
        <translation>Lancer MrAuth en mode démo</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>La démo n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Token board</source>
        <translation>Tableau des jetons</translation>
    </message>
    <message>
        <source>One row per account: name, service, status, token, time until expiry and last refresh</source>
        <translation>Une ligne par compte&#xa0;: nom, service, statut, jeton, temps restant avant expiration et dernière actualisation</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Compte sélectionné</translation>
    </message>
    <message>
        <source>Copy &amp;Error Details</source>
        <translation>Copier les détails de l&apos;&amp;erreur</translation>
    </message>
    <message>
        <source>Copy the error details with both correlation vectors</source>
        <translation>Copier les détails de l&apos;erreur avec les deux vecteurs de corrélation</translation>
    </message>
    <message>
        <source>Copied the error details.</source>
        <translation>Détails de l&apos;erreur copiés.</translation>
    </message>
    <message>
        <source>Where keys are kept</source>
        <translation>Emplacement des clés</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Compte à rebours du presse-papiers</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>&amp;Show MrAuth</source>
        <translation>&amp;Afficher MrAuth</translation>
    </message>
    <message>
        <source>Keys: waiting for the keychain…</source>
        <translation>Clés&#xa0;: en attente du trousseau…</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>Clés&#xa0;: trousseau du système</translation>
    </message>
    <message>
        <source>Keys: in memory only</source>
        <translation>Clés&#xa0;: en mémoire uniquement</translation>
    </message>
    <message>
        <source>Keys and secrets are kept in %1.</source>
        <translation>Emplacement des clés et des secrets&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select an account.</source>
        <translation>Sélectionnez un compte.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its keys and secrets are deleted from %2.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ses clés et secrets seront effacés (emplacement&#xa0;: %2).</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>A secret of the removed account could not be deleted: %1</source>
        <translation>Un secret du compte supprimé n&apos;a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Getting a token for &quot;%1&quot; to copy…</source>
        <translation>Obtention d&apos;un jeton pour «&#xa0;%1&#xa0;» à copier…</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;; the clipboard clears in %3 s.</source>
        <translation>Copié (%1) pour «&#xa0;%2&#xa0;»&#xa0;; le presse-papiers sera effacé dans %3 s.</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;.</source>
        <translation>Copié (%1) pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was copied: &quot;%1&quot; has no token (%2).</source>
        <translation>Rien n&apos;a été copié&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas de jeton (%2).</translation>
    </message>
    <message>
        <source>Token refresh failed</source>
        <translation>Échec de l&apos;actualisation du jeton</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json);;All files (*)</source>
        <translation>Listes de comptes MrAuth (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n compte importé.</numerusform>
            <numerusform>%n comptes importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) already present.</source>
        <translation>
            <numerusform>%n compte était déjà présent.</numerusform>
            <numerusform>%n comptes étaient déjà présents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n entrée n&apos;a pas pu être lue.</numerusform>
            <numerusform>%n entrées n&apos;ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no secrets: edit each imported account to enter its keys or client secret.</source>
        <translation>La liste ne contient aucun secret&#xa0;: modifiez chaque compte importé pour entrer ses clés ou son secret client.</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exporter des comptes</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json)</source>
        <translation>Listes de comptes MrAuth (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>%n compte exporté vers %1 (sans secrets).</numerusform>
            <numerusform>%n comptes exportés vers %1 (sans secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain is unreachable or locked.&lt;/b&gt; %1&lt;br&gt;MrAuth never keeps keys anywhere else. Unlock your keyring, then retry.</source>
        <translation>&lt;b&gt;Le trousseau est inaccessible ou verrouillé.&lt;/b&gt; %1&lt;br&gt;MrAuth ne conserve jamais les clés ailleurs. Déverrouillez votre trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>The keychain is available again.</source>
        <translation>Le trousseau est de nouveau disponible.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Starting the local STS emulator…</source>
        <translation>&lt;b&gt;Mode démo.&lt;/b&gt; Démarrage de l&apos;émulateur STS local…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The demo accounts get their tokens from the local STS emulator at %1.</source>
        <translation>&lt;b&gt;Mode démo.&lt;/b&gt; Les comptes de démonstration obtiennent leurs jetons auprès de l&apos;émulateur STS local à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the demo keys are kept in memory only.</source>
        <translation>Aucun trousseau n&apos;est accessible (%1)&#xa0;; les clés de démonstration sont donc conservées en mémoire uniquement.</translation>
    </message>
    <message>
        <source>The demo keys are in the keychain under &quot;mrauth-demo&quot;, apart from your own.</source>
        <translation>Les clés de démonstration sont dans le trousseau sous «&#xa0;mrauth-demo&#xa0;», à l&apos;écart des vôtres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le mode démo n&apos;a pas pu démarrer&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;:&lt;/b&gt; open &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; and enter the code &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (valid until %4).</source>
        <translation>&lt;b&gt;Connexion pour «&#xa0;%1&#xa0;»&#xa0;:&lt;/b&gt; ouvrez &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; et entrez le code &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (valide jusqu&apos;à %4).</translation>
    </message>
    <message>
        <source>%1: enter the code %2 at %3</source>
        <translation>%1&#xa0;: entrez le code %2 sur %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;&lt;/b&gt; in your browser; MrAuth waits for it (%2).</source>
        <translation>&lt;b&gt;Connectez-vous pour «&#xa0;%1&#xa0;»&lt;/b&gt; dans votre navigateur&#xa0;; MrAuth attend la connexion (%2).</translation>
    </message>
</context>
<context>
    <name>MrAuth::ManagedIdentityCredential</name>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; is not a valid http(s) URL.</source>
        <translation>Le point de terminaison d&apos;identité managée &apos;%1&apos; n&apos;est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; uses plain http off this machine. Use https.</source>
        <translation>Le point de terminaison d&apos;identité managée &apos;%1&apos; utilise du http non chiffré en dehors de cette machine. Utilisez https.</translation>
    </message>
    <message>
        <source>the managed identity endpoint</source>
        <translation>point de terminaison d&apos;identité managée</translation>
    </message>
    <message>
        <source>No managed identity endpoint answered at %1: this does not look like an Azure host with a managed identity. (%2)</source>
        <translation>Aucun point de terminaison d&apos;identité managée n&apos;a répondu à %1&#xa0;: il ne semble pas s&apos;agir d&apos;un hôte Azure doté d&apos;une identité managée. (%2)</translation>
    </message>
    <message>
        <source>The managed identity endpoint has no identity to give: %1</source>
        <translation>Le point de terminaison d&apos;identité managée n&apos;a aucune identité à fournir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MemorySecretStore</name>
    <message>
        <source>memory only (lost when the app quits)</source>
        <translation>mémoire uniquement (perdue à la fermeture de l&apos;application)</translation>
    </message>
    <message>
        <source>No such secret.</source>
        <translation>Secret introuvable.</translation>
    </message>
</context>
<context>
    <name>MrAuth::Messages</name>
    <message>
        <source>The Azure CLI printed something that is not the JSON object of &apos;az account get-access-token&apos;.</source>
        <translation>L&apos;Azure CLI a affiché quelque chose qui n&apos;est pas l&apos;objet JSON de &apos;az account get-access-token&apos;.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no accessToken.</source>
        <translation>La réponse de l&apos;Azure CLI ne contient pas d&apos;accessToken.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has neither a usable expires_on nor expiresOn.</source>
        <translation>La réponse de l&apos;Azure CLI ne contient ni expires_on ni expiresOn utilisable.</translation>
    </message>
    <message>
        <source>The Azure CLI is not logged in: run &apos;az login&apos;. It said: %1</source>
        <translation>L&apos;Azure CLI n&apos;est pas connectée&#xa0;: exécutez &apos;az login&apos;. Elle a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1 and said nothing.</source>
        <translation>L&apos;Azure CLI a échoué avec le code de sortie %1 sans rien indiquer.</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1: %2</source>
        <translation>L&apos;Azure CLI a échoué avec le code de sortie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried a state that does not belong to this sign-in; it was ignored.</source>
        <translation>La redirection de connexion contenait un state qui n&apos;appartient pas à cette connexion&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>La connexion a échoué (%1).</translation>
    </message>
    <message>
        <source>The sign-in failed (%1): %2</source>
        <translation>La connexion a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation>La redirection de connexion ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 pour la redirection de connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>The tenant ID is empty: give the directory&apos;s ID (a GUID) or domain, such as &apos;contoso.onmicrosoft.com&apos;.</source>
        <translation>L&apos;ID de locataire est vide&#xa0;: indiquez l&apos;ID (un GUID) ou le domaine de l&apos;annuaire, par exemple &apos;contoso.onmicrosoft.com&apos;.</translation>
    </message>
    <message>
        <source>The tenant ID &apos;%1&apos; is not valid: it must be a GUID or a domain name (letters, digits, &apos;.&apos; and &apos;-&apos;).</source>
        <translation>L&apos;ID de locataire &apos;%1&apos; n&apos;est pas valide&#xa0;: il doit s&apos;agir d&apos;un GUID ou d&apos;un nom de domaine (lettres, chiffres, &apos;.&apos; et &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The tenant ID is the all-zero GUID, which no directory has.</source>
        <translation>L&apos;ID de locataire est le GUID entièrement nul, qu&apos;aucun annuaire ne possède.</translation>
    </message>
    <message>
        <source>The tenant &apos;consumers&apos; is for personal Microsoft accounts, which Mixed Reality does not accept: use your organisation&apos;s tenant.</source>
        <translation>Le locataire &apos;consumers&apos; est destiné aux comptes Microsoft personnels, que Mixed Reality n&apos;accepte pas&#xa0;: utilisez le locataire de votre organisation.</translation>
    </message>
    <message>
        <source>The tenant &apos;%1&apos; stands for many directories; this sign-in needs the one directory of the application or identity.</source>
        <translation>Le locataire &apos;%1&apos; représente plusieurs annuaires&#xa0;; cette connexion nécessite l&apos;annuaire unique de l&apos;application ou de l&apos;identité.</translation>
    </message>
    <message>
        <source>The client ID is empty: give the application (client) ID of the app registration.</source>
        <translation>L&apos;ID client est vide&#xa0;: indiquez l&apos;ID d&apos;application (client) de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The client ID &apos;%1&apos; is not a GUID: give the application (client) ID of the app registration.</source>
        <translation>L&apos;ID client &apos;%1&apos; n&apos;est pas un GUID&#xa0;: indiquez l&apos;ID d&apos;application (client) de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; is not valid: it must be https://host[:port], such as &apos;https://login.microsoftonline.com&apos;.</source>
        <translation>L&apos;hôte d&apos;autorité &apos;%1&apos; n&apos;est pas valide&#xa0;: il doit être de la forme https://host[:port], par exemple &apos;https://login.microsoftonline.com&apos;.</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>L&apos;hôte d&apos;autorité &apos;%1&apos; utilise du http non chiffré, autorisé uniquement sur cette machine (bouclage). Utilisez https.</translation>
    </message>
    <message>
        <source>This credential takes exactly one scope, not %1.</source>
        <translation>Ces informations d&apos;identification acceptent exactement une étendue, et non %1.</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; has characters a scope cannot have.</source>
        <translation>L&apos;étendue &apos;%1&apos; contient des caractères non autorisés dans une étendue.</translation>
    </message>
    <message>
        <source>The token response is not a JSON object.</source>
        <translation>La réponse de jeton n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation>La réponse de jeton ne contient pas d&apos;access_token.</translation>
    </message>
    <message>
        <source>The token response has token_type &apos;%1&apos;, not Bearer.</source>
        <translation>La réponse de jeton a le token_type &apos;%1&apos;, et non Bearer.</translation>
    </message>
    <message>
        <source>The token response says neither expires_in nor expires_on, and the token has no exp claim.</source>
        <translation>La réponse de jeton n&apos;indique ni expires_in ni expires_on, et le jeton n&apos;a pas de revendication exp.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 a répondu avec HTTP %2.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3).</source>
        <translation>%1 a refusé la requête (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3): %4</source>
        <translation>%1 a refusé la requête (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>[trace ID %1, correlation ID %2]</source>
        <translation>[ID de trace %1, ID de corrélation %2]</translation>
    </message>
    <message>
        <source>The device code response is not a JSON object.</source>
        <translation>La réponse de code d&apos;appareil n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The device code response lacks device_code, user_code or a valid verification_uri.</source>
        <translation>Il manque à la réponse de code d&apos;appareil device_code, user_code ou une verification_uri valide.</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Pour vous connecter, utilisez un navigateur web pour ouvrir la page %1 et entrez le code %2 pour vous authentifier.</translation>
    </message>
    <message>
        <source>The chain has no credentials to try.</source>
        <translation>La chaîne ne contient aucune information d&apos;identification à essayer.</translation>
    </message>
    <message>
        <source>No credential in the chain could provide a token:</source>
        <translation>Aucune information d&apos;identification de la chaîne n&apos;a pu fournir de jeton&#xa0;:</translation>
    </message>
    <message>
        <source>%1 failed, which ends the chain (a credential that is set up but fails is reported, not skipped):</source>
        <translation>%1 a échoué, ce qui met fin à la chaîne (des informations d&apos;identification configurées mais en échec sont signalées, pas ignorées)&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a region, not an account domain: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; est une région, pas un domaine de compte&#xa0;: vouliez-vous dire &apos;%2&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>An account domain has dots, like &apos;eastus.mixedreality.azure.com&apos;; &apos;%1&apos; has none.</source>
        <translation>Un domaine de compte contient des points, comme &apos;eastus.mixedreality.azure.com&apos;&#xa0;; &apos;%1&apos; n&apos;en contient aucun.</translation>
    </message>
    <message>
        <source>The host %1 of %2 was not found.</source>
        <translation>L&apos;hôte %1 de %2 est introuvable.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>La connexion TLS à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 redirected in a way that is not allowed: %2</source>
        <translation>%1 a effectué une redirection non autorisée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n ms.</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n ms.</numerusform>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The network access manager was deleted before the request.</source>
        <translation>Le gestionnaire d&apos;accès réseau a été supprimé avant la requête.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the credential was not sent there.</source>
        <translation>%1 a redirigé vers %2, une autre origine&#xa0;; les informations d&apos;identification n&apos;y ont pas été envoyées.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>La réponse dépasse %1 octets.</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP status.</source>
        <translation>%1 a fermé la connexion sans statut HTTP.</translation>
    </message>
    <message>
        <source>The request was canceled: its network access manager was deleted.</source>
        <translation>La requête a été annulée&#xa0;: son gestionnaire d&apos;accès réseau a été supprimé.</translation>
    </message>
    <message>
        <source>HTTP %2 from %1.</source>
        <translation>HTTP %2 de %1.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message numerus="yes">
        <source>The token is not a JWT: it has %n segment(s) instead of three.</source>
        <translation>
            <numerusform>Le jeton n&apos;est pas un JWT&#xa0;: il comporte %n segment au lieu de trois.</numerusform>
            <numerusform>Le jeton n&apos;est pas un JWT&#xa0;: il comporte %n segments au lieu de trois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>La charge utile du jeton n&apos;est pas du JSON encodé en base64url.</translation>
    </message>
    <message>
        <source>The token has no numeric expiry (exp) claim.</source>
        <translation>Le jeton n&apos;a pas de revendication d&apos;expiration (exp) numérique.</translation>
    </message>
    <message>
        <source>The account ID is empty.</source>
        <translation>L&apos;ID de compte est vide.</translation>
    </message>
    <message>
        <source>The account ID is the all-zero GUID, which no account has.</source>
        <translation>L&apos;ID de compte est le GUID entièrement nul, qu&apos;aucun compte ne possède.</translation>
    </message>
    <message>
        <source>The account ID &apos;%1&apos; is not a GUID (like 87e9abb1-79b9-4502-bbae-cfae8c610f23).</source>
        <translation>L&apos;ID de compte &apos;%1&apos; n&apos;est pas un GUID (comme 87e9abb1-79b9-4502-bbae-cfae8c610f23).</translation>
    </message>
    <message>
        <source>The account ID must be a bare GUID, without braces.</source>
        <translation>L&apos;ID de compte doit être un GUID simple, sans accolades.</translation>
    </message>
    <message>
        <source>The accountDomain is empty: give the account&apos;s domain, for example &apos;eastus.mixedreality.azure.com&apos;.</source>
        <translation>accountDomain est vide&#xa0;: indiquez le domaine du compte, par exemple &apos;eastus.mixedreality.azure.com&apos;.</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not valid. %2</source>
        <translation>accountDomain &apos;%1&apos; n&apos;est pas valide. %2</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not a valid host name.</source>
        <translation>accountDomain &apos;%1&apos; n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; is not a valid URL: it must be https://host[:port][/path].</source>
        <translation>Le point de terminaison personnalisé &apos;%1&apos; n&apos;est pas une URL valide&#xa0;: il doit être de la forme https://host[:port][/path].</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>Le point de terminaison personnalisé &apos;%1&apos; utilise du http non chiffré, autorisé uniquement sur cette machine (bouclage). Utilisez https.</translation>
    </message>
    <message>
        <source>The STS answered 200 but the body is not a JSON object.</source>
        <translation>Le STS a répondu 200, mais le corps n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The STS answered 200 without an AccessToken.</source>
        <translation>Le STS a répondu 200 sans AccessToken.</translation>
    </message>
    <message>
        <source>The STS returned a token that cannot be used: %1</source>
        <translation>Le STS a renvoyé un jeton inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The STS rejected the request as invalid (HTTP 400).</source>
        <translation>Le STS a rejeté la requête comme non valide (HTTP 400).</translation>
    </message>
    <message>
        <source>The STS rejected the credential (HTTP 401): check the account ID and key, or the Azure AD token.</source>
        <translation>Le STS a rejeté les informations d&apos;identification (HTTP 401)&#xa0;: vérifiez l&apos;ID de compte et la clé, ou le jeton Azure AD.</translation>
    </message>
    <message>
        <source>The STS refused access (HTTP 403): the Azure AD principal has no role on this account.</source>
        <translation>Le STS a refusé l&apos;accès (HTTP 403)&#xa0;: le principal Azure AD n&apos;a aucun rôle sur ce compte.</translation>
    </message>
    <message>
        <source>The STS does not know this account (HTTP 404): check the account ID and domain.</source>
        <translation>Le STS ne connaît pas ce compte (HTTP 404)&#xa0;: vérifiez l&apos;ID de compte et le domaine.</translation>
    </message>
    <message>
        <source>The STS is throttling requests (HTTP 429); retries did not get through.</source>
        <translation>Le STS limite les requêtes (HTTP 429)&#xa0;; les nouvelles tentatives n&apos;ont pas abouti.</translation>
    </message>
    <message>
        <source>The STS failed with a server error (HTTP %1).</source>
        <translation>Le STS a échoué avec une erreur serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>The STS answered with HTTP %1.</source>
        <translation>Le STS a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a indiqué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityAccountKeyCredential</name>
    <message>
        <source>The account key is empty: copy a primary or secondary key from the account&apos;s Keys page.</source>
        <translation>La clé de compte est vide&#xa0;: copiez une clé primaire ou secondaire depuis la page Clés du compte.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityStsClient</name>
    <message>
        <source>No credential was given.</source>
        <translation>Aucune information d&apos;identification n&apos;a été fournie.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityTokenCredential</name>
    <message>
        <source>The credential was destroyed before the token arrived.</source>
        <translation>Les informations d&apos;identification ont été détruites avant l&apos;arrivée du jeton.</translation>
    </message>
</context>
<context>
    <name>MrAuth::RequestLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
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
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretInput</name>
    <message>
        <source>Enter the %1 (it is not shown), then press Enter: </source>
        <translation>Entrez la valeur «&#xa0;%1&#xa0;» (elle n&apos;est pas affichée), puis appuyez sur Entrée&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the %1 was read: pipe it in as one line.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture de la valeur «&#xa0;%1&#xa0;»&#xa0;: transmettez-la sur une seule ligne.</translation>
    </message>
    <message>
        <source>The %1 read from standard input is empty.</source>
        <translation>La valeur «&#xa0;%1&#xa0;» lue depuis l&apos;entrée standard est vide.</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretKind</name>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>clé secondaire</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>Azure AD refresh token</source>
        <translation>jeton d&apos;actualisation Azure AD</translation>
    </message>
</context>
<context>
    <name>MrAuth::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Tokens and clipboard</source>
        <translation>Jetons et presse-papiers</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation>Effacer le presse-papiers après, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds in a spin box; keep the space if your language uses one.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>E&amp;ffacer le presse-papiers après&#xa0;:</translation>
    </message>
    <message>
        <source>Warn when a token expires within, in minutes</source>
        <translation>Avertir quand un jeton expire dans moins de, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes in a spin box; keep the space if your language uses one.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Warn when expiring within:</source>
        <translation>&amp;Avertir si expiration dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens automatically for new accounts</source>
        <translation>Actualiser automatiquement les &amp;jetons des nouveaux comptes</translation>
    </message>
    <message>
        <source>Refresh tokens automatically for new accounts</source>
        <translation>Actualiser automatiquement les jetons des nouveaux comptes</translation>
    </message>
    <message>
        <source>Refresh this long before expiry, in minutes</source>
        <translation>Actualiser ce délai avant l&apos;expiration, en minutes</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>Actualiser a&amp;vant l&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy réseau</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Utiliser les paramètres proxy du &amp;système</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Aucu&amp;n proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Start &amp;minimised (in the tray when there is one)</source>
        <translation>Démarrer &amp;réduit (dans la zone de notification, s&apos;il y en a une)</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Démarrer réduit</translation>
    </message>
    <message>
        <source>Where MrAuth keeps its data</source>
        <translation>Emplacement des données de MrAuth</translation>
    </message>
    <message>
        <source>Settings: %1
Accounts (no secrets): %2
Keys and secrets: %3</source>
        <translation>Paramètres&#xa0;: %1
Comptes (sans secrets)&#xa0;: %2
Clés et secrets&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MrAuth::StoredAccounts</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
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
        <translation>L&apos;hôte STS %1 est introuvable. Cela vient presque toujours d&apos;un domaine de compte erroné&#xa0;: utilisez le domaine complet du compte, par exemple &apos;eastus.mixedreality.azure.com&apos;, et pas seulement la région.</translation>
    </message>
    <message>
        <source>A real STS response is about 1.2 KB.</source>
        <translation>Une vraie réponse STS fait environ 1,2 Ko.</translation>
    </message>
    <message>
        <source>The credential could not provide a token for the STS: %1</source>
        <translation>Les informations d&apos;identification n&apos;ont pas pu fournir de jeton pour le STS&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TimeFormat</name>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoard</name>
    <message>
        <source>No secret store.</source>
        <translation>Aucun magasin de secrets.</translation>
    </message>
    <message>
        <source>No %1 is stored for &quot;%2&quot;. Edit the account to enter it.</source>
        <translation>Aucune valeur «&#xa0;%1&#xa0;» n&apos;est stockée pour «&#xa0;%2&#xa0;». Modifiez le compte pour l&apos;entrer.</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>actualisation automatique</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>actualisation</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoardModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>WWW-Authenticate: %1</source>
        <translation>WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>Request CV (X-MRC-CV): %1</source>
        <translation>CV de requête (X-MRC-CV)&#xa0;: %1</translation>
    </message>
    <message>
        <source>none (no request sent)</source>
        <translation>aucun (aucune requête envoyée)</translation>
    </message>
    <message>
        <source>Response CV (MS-CV): %1</source>
        <translation>CV de réponse (MS-CV)&#xa0;: %1</translation>
    </message>
    <message>
        <source>none (no response received)</source>
        <translation>aucun (aucune réponse reçue)</translation>
    </message>
    <message>
        <source>Account ID: %1
Account domain: %2
Authentication: %3</source>
        <translation>ID de compte&#xa0;: %1
Domaine du compte&#xa0;: %2
Authentification&#xa0;: %3</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <source>The token is shown in clear.</source>
        <translation>Le jeton est affiché en clair.</translation>
    </message>
    <message>
        <source>The token is hidden; reveal it to read it.</source>
        <translation>Le jeton est masqué&#xa0;; affichez-le pour le lire.</translation>
    </message>
    <message>
        <source>Token shown</source>
        <translation>Jeton affiché</translation>
    </message>
    <message>
        <source>Token hidden</source>
        <translation>Jeton masqué</translation>
    </message>
    <message>
        <source>Expires %1
%2</source>
        <translation>Expire le %1
%2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Actualisé</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenCommand</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 et entrez le code %2.</translation>
    </message>
    <message>
        <source>%1: finish the sign-in in the browser that opened.</source>
        <translation>%1&#xa0;: terminez la connexion dans le navigateur qui s&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Azure AD</source>
        <translation>Azure AD</translation>
    </message>
    <message>
        <source>--key-slot chooses an account key, but &apos;%1&apos; signs in with Azure AD.</source>
        <translation>--key-slot choisit une clé de compte, mais &apos;%1&apos; se connecte avec Azure AD.</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>Aucun compte n&apos;est encore stocké&#xa0;; ajoutez-en un avec &apos;mrauth accounts add NAME …&apos;.</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>clé de compte</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenDetailsDialog</name>
    <message>
        <source>Token Details — %1</source>
        <translation>Détails du jeton — %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account domain:</source>
        <translation>Domaine du compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Raw token</source>
        <translation>Jeton &amp;brut</translation>
    </message>
    <message>
        <source>Raw token</source>
        <translation>Jeton brut</translation>
    </message>
    <message>
        <source>&amp;Show Raw Token</source>
        <translation>&amp;Afficher le jeton brut</translation>
    </message>
    <message>
        <source>Show raw token</source>
        <translation>Afficher le jeton brut</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>&amp;Hide Raw Token</source>
        <translation>&amp;Masquer le jeton brut</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenEntry</name>
    <message>
        <source>Not fetched</source>
        <translation>Non obtenu</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Obtention…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenFetcher</name>
    <message>
        <source>No token within %1 s (--timeout).</source>
        <translation>Aucun jeton dans un délai de %1 s (--timeout).</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenInspection</name>
    <message>
        <source>Not a JSON Web Token: %1</source>
        <translation>Pas un JSON Web Token&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token has no usable expiry: %1</source>
        <translation>Le jeton n&apos;a pas d&apos;expiration utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1 (%2).</source>
        <translation>Pas encore valide&#xa0;: valide à partir de %1 (%2).</translation>
    </message>
    <message>
        <source>Valid for another %1 (until %2).</source>
        <translation>Encore valide pendant %1 (jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>Expired %1 (at %2).</source>
        <translation>Expiré %1 (le %2).</translation>
    </message>
    <message>
        <source>Signature algorithm (RS256: RSA signature with SHA-256)</source>
        <translation>Algorithme de signature (RS256&#xa0;: signature RSA avec SHA-256)</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token</source>
        <translation>ID de clé&#xa0;: laquelle des clés de l&apos;émetteur a signé le jeton</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1) of the signing certificate</source>
        <translation>Empreinte (SHA-1) du certificat de signature</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Account ID: the Mixed Reality account the token gives access to</source>
        <translation>ID de compte&#xa0;: le compte Mixed Reality auquel le jeton donne accès</translation>
    </message>
    <message>
        <source>Account ID the token was requested for</source>
        <translation>ID de compte pour lequel le jeton a été demandé</translation>
    </message>
    <message>
        <source>Account region, such as eastus</source>
        <translation>Région du compte, par exemple eastus</translation>
    </message>
    <message>
        <source>Azure resource ID of the account (subscription, resource group, name)</source>
        <translation>ID de ressource Azure du compte (abonnement, groupe de ressources, nom)</translation>
    </message>
    <message>
        <source>Issuer: the STS that issued and signed the token</source>
        <translation>Émetteur&#xa0;: le STS qui a émis et signé le jeton</translation>
    </message>
    <message>
        <source>Audience: the service host that accepts the token</source>
        <translation>Audience&#xa0;: l&apos;hôte de service qui accepte le jeton</translation>
    </message>
    <message>
        <source>Azure AD tenant of the caller (all zeros for account-key sign-in)</source>
        <translation>Locataire Azure AD de l&apos;appelant (uniquement des zéros pour une connexion par clé de compte)</translation>
    </message>
    <message>
        <source>How the caller signed in (account key or Azure AD)</source>
        <translation>Mode de connexion de l&apos;appelant (clé de compte ou Azure AD)</translation>
    </message>
    <message>
        <source>Whether the caller has owner access to the account</source>
        <translation>Si l&apos;appelant dispose d&apos;un accès propriétaire au compte</translation>
    </message>
    <message>
        <source>Token ID, unique for each token</source>
        <translation>ID du jeton, unique pour chaque jeton</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>Non valide avant</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenReply</name>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenRequest</name>
    <message>
        <source>--all gets every stored account; give no NAME with it.</source>
        <translation>--all obtient tous les comptes stockés&#xa0;; n&apos;indiquez pas de NAME avec cette option.</translation>
    </message>
    <message>
        <source>--all is for the stored accounts; %1 describes an ad-hoc account.</source>
        <translation>--all concerne les comptes stockés&#xa0;; %1 décrit un compte ad hoc.</translation>
    </message>
    <message>
        <source>--all prints every account&apos;s token; it cannot --copy.</source>
        <translation>--all affiche le jeton de chaque compte&#xa0;; il ne peut pas être utilisé avec --copy.</translation>
    </message>
    <message>
        <source>--all prints a JSON array; use --format json or no --format.</source>
        <translation>--all affiche un tableau JSON&#xa0;; utilisez --format json ou aucun --format.</translation>
    </message>
    <message>
        <source>NAME is a stored account, and %1 describes an ad-hoc account: give one or the other.</source>
        <translation>NAME est un compte stocké et %1 décrit un compte ad hoc&#xa0;: indiquez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>Name a stored account (see &apos;mrauth accounts list&apos;), use --all, or describe an ad-hoc account with --account-id and --account-domain (or MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>Indiquez un compte stocké (voir &apos;mrauth accounts list&apos;), utilisez --all, ou décrivez un compte ad hoc avec --account-id et --account-domain (ou MIXEDREALITY_ACCOUNT_ID et MIXEDREALITY_ACCOUNT_DOMAIN).</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-id (or MIXEDREALITY_ACCOUNT_ID).</source>
        <translation>Le compte ad hoc nécessite --account-id (ou MIXEDREALITY_ACCOUNT_ID).</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-domain (or MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>Le compte ad hoc nécessite --account-domain (ou MIXEDREALITY_ACCOUNT_DOMAIN).</translation>
    </message>
    <message>
        <source>--key-slot chooses between a stored account&apos;s keys; an ad-hoc account has the one key it is given.</source>
        <translation>--key-slot choisit entre les clés d&apos;un compte stocké&#xa0;; un compte ad hoc n&apos;a que la clé qui lui est fournie.</translation>
    </message>
    <message>
        <source>ad-hoc account</source>
        <translation>compte ad hoc</translation>
    </message>
    <message>
        <source>ad-hoc service</source>
        <translation>service ad hoc</translation>
    </message>
    <message>
        <source>Choose one Azure AD sign-in: --client-secret-stdin, --device-code or --azure-cli.</source>
        <translation>Choisissez une seule connexion Azure AD&#xa0;: --client-secret-stdin, --device-code ou --azure-cli.</translation>
    </message>
    <message>
        <source>The ad-hoc account needs its key: pipe it to --key-stdin or set MIXEDREALITY_ACCOUNT_KEY (secrets are never taken as arguments).</source>
        <translation>Le compte ad hoc a besoin de sa clé&#xa0;: redirigez-la vers --key-stdin ou définissez MIXEDREALITY_ACCOUNT_KEY (les secrets ne sont jamais acceptés en argument).</translation>
    </message>
    <message>
        <source>--key-stdin is for account keys, not for Azure AD sign-in.</source>
        <translation>--key-stdin est destiné aux clés de compte, pas à la connexion Azure AD.</translation>
    </message>
    <message>
        <source>--tenant-id and --client-id need a way to sign in: --client-secret-stdin (or AZURE_CLIENT_SECRET), --device-code or --azure-cli.</source>
        <translation>--tenant-id et --client-id nécessitent un mode de connexion&#xa0;: --client-secret-stdin (ou AZURE_CLIENT_SECRET), --device-code ou --azure-cli.</translation>
    </message>
    <message>
        <source>--azure-cli signs in as the Azure CLI&apos;s account; it takes no --client-id.</source>
        <translation>--azure-cli se connecte avec le compte de l&apos;Azure CLI&#xa0;; il n&apos;accepte pas --client-id.</translation>
    </message>
    <message>
        <source>--endpoint needs a URL.</source>
        <translation>--endpoint nécessite une URL.</translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation>--ca-file nécessite le chemin d&apos;un fichier PEM.</translation>
    </message>
    <message>
        <source>--clear-after goes with --copy.</source>
        <translation>--clear-after s&apos;utilise avec --copy.</translation>
    </message>
    <message>
        <source>--clear-after needs a whole number of seconds from 0 to 86400.</source>
        <translation>--clear-after nécessite un nombre entier de secondes entre 0 et 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0 (fractions allowed).</source>
        <translation>--timeout nécessite un nombre de secondes supérieur à 0 (décimales autorisées).</translation>
    </message>
    <message>
        <source>--retries needs a whole number from 0 to 10.</source>
        <translation>--retries nécessite un nombre entier entre 0 et 10.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mixed Reality access tokens: accounts in the system keychain, live tokens, safe copying.</source>
        <translation>Jetons d&apos;accès Mixed Reality&#xa0;: comptes dans le trousseau du système, jetons à jour, copie sécurisée.</translation>
    </message>
    <message>
        <source>Start the local STS emulator and show its demo accounts (kept apart from your own).</source>
        <translation>Démarrer l&apos;émulateur STS local et afficher ses comptes de démonstration (séparés des vôtres).</translation>
    </message>
    <message>
        <source>Start in demo mode when you have no accounts yet.</source>
        <translation>Démarrer en mode démo si vous n&apos;avez encore aucun compte.</translation>
    </message>
</context>
</TS>
