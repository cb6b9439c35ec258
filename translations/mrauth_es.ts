<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>La credencial se destruyó antes de que llegara el token.</translation>
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
        <translation>Servicio personalizado</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>A custom service needs a name.</source>
        <translation>Un servicio personalizado necesita un nombre.</translation>
    </message>
    <message>
        <source>The authority host must be an https URL, such as https://login.microsoftonline.com.</source>
        <translation>El host de autoridad debe ser una URL https, como https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>An account entry has no valid &quot;id&quot;.</source>
        <translation>Una entrada de cuenta no tiene un &quot;id&quot; válido.</translation>
    </message>
    <message>
        <source>An account entry has no &quot;name&quot;.</source>
        <translation>Una entrada de cuenta no tiene &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown service.</source>
        <translation>La cuenta «%1» tiene un servicio desconocido.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; lacks its account id or domain.</source>
        <translation>A la cuenta «%1» le falta el ID de cuenta o el dominio.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid STS endpoint.</source>
        <translation>La cuenta «%1» tiene un punto de conexión de STS no válido.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown authentication mode.</source>
        <translation>La cuenta «%1» tiene un modo de autenticación desconocido.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown key slot.</source>
        <translation>La cuenta «%1» tiene una selección de clave desconocida.</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Clave de cuenta</translation>
    </message>
    <message>
        <source>Azure AD: client secret</source>
        <translation>Azure AD: secreto de cliente</translation>
    </message>
    <message>
        <source>Azure AD: device code</source>
        <translation>Azure AD: código de dispositivo</translation>
    </message>
    <message>
        <source>Azure AD: interactive browser</source>
        <translation>Azure AD: explorador interactivo</translation>
    </message>
    <message>
        <source>Azure AD: Azure CLI</source>
        <translation>Azure AD: Azure CLI</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clave principal</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Clave secundaria</translation>
    </message>
    <message>
        <source>Enter the account ID, a GUID such as 87e9abb1-79b9-4502-bbae-cfae8c610f23.</source>
        <translation>Escriba el ID de cuenta, un GUID como 87e9abb1-79b9-4502-bbae-cfae8c610f23.</translation>
    </message>
    <message>
        <source>The account ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>El ID de cuenta debe ser un GUID (8-4-4-4-12 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>The all-zero GUID is not an account ID.</source>
        <translation>El GUID formado solo por ceros no es un ID de cuenta.</translation>
    </message>
    <message>
        <source>Enter the account domain, such as eastus.mixedreality.azure.com.</source>
        <translation>Escriba el dominio de la cuenta, como eastus.mixedreality.azure.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name.</source>
        <translation>&apos;%1&apos; no es un nombre de dominio válido.</translation>
    </message>
    <message>
        <source>The custom STS endpoint is not a valid URL.</source>
        <translation>El punto de conexión de STS personalizado no es una URL válida.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback endpoints; use https.</source>
        <translation>El http sin cifrar solo se permite para puntos de conexión de bucle invertido; use https.</translation>
    </message>
    <message>
        <source>The custom STS endpoint must be an https URL.</source>
        <translation>El punto de conexión de STS personalizado debe ser una URL https.</translation>
    </message>
    <message>
        <source>Enter the Azure AD tenant ID (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Escriba el ID de inquilino de Azure AD (un GUID o un dominio como contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The tenant ID must be a GUID or a domain name.</source>
        <translation>El ID de inquilino debe ser un GUID o un nombre de dominio.</translation>
    </message>
    <message>
        <source>Enter the Azure AD application (client) ID, a GUID.</source>
        <translation>Escriba el ID de aplicación (cliente) de Azure AD, un GUID.</translation>
    </message>
    <message>
        <source>The client ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>El ID de cliente debe ser un GUID (8-4-4-4-12 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid service URL.</source>
        <translation>La cuenta «%1» tiene una URL de servicio no válida.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid authority host.</source>
        <translation>La cuenta «%1» tiene un host de autoridad no válido.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountConnection</name>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>El archivo de certificado de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Edit Account — %1</source>
        <translation>Editar cuenta — %1</translation>
    </message>
    <message>
        <source>Duplicate Account — %1</source>
        <translation>Duplicar cuenta — %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How the account appears in MrAuth</source>
        <translation>Cómo aparece la cuenta en MrAuth</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>Custom service name</source>
        <translation>Nombre del servicio personalizado</translation>
    </message>
    <message>
        <source>Service na&amp;me:</source>
        <translation>Nombre del ser&amp;vicio:</translation>
    </message>
    <message>
        <source>Custom service URL</source>
        <translation>URL del servicio personalizado</translation>
    </message>
    <message>
        <source>https://service.example.com/ (for the curl command)</source>
        <translation>https://service.example.com/ (para el comando curl)</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>&amp;URL del servicio:</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>&amp;ID de cuenta:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Dominio personalizado</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Dominio de la cuenta</translation>
    </message>
    <message>
        <source>eastus.mixedreality.azure.com</source>
        <translation>eastus.mixedreality.azure.com</translation>
    </message>
    <message>
        <source>Account &amp;domain:</source>
        <translation>&amp;Dominio de la cuenta:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Iniciar sesión &amp;con:</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clave principal</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Clave secundaria</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>Clave &amp;principal:</translation>
    </message>
    <message>
        <source>S&amp;econdary key:</source>
        <translation>Clave s&amp;ecundaria:</translation>
    </message>
    <message>
        <source>Use pr&amp;imary</source>
        <translation>Pr&amp;incipal</translation>
    </message>
    <message>
        <source>Use the primary key</source>
        <translation>Usar la clave principal</translation>
    </message>
    <message>
        <source>Use secon&amp;dary</source>
        <translation>Secun&amp;daria</translation>
    </message>
    <message>
        <source>Use the secondary key</source>
        <translation>Usar la clave secundaria</translation>
    </message>
    <message>
        <source>Key in use:</source>
        <translation>Clave en uso:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de inquilino</translation>
    </message>
    <message>
        <source>GUID or contoso.onmicrosoft.com</source>
        <translation>GUID o contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Host de autoridad</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID de in&amp;quilino:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Secre&amp;to de cliente:</translation>
    </message>
    <message>
        <source>Au&amp;thority host:</source>
        <translation>&amp;Host de autoridad:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Ám&amp;bito:</translation>
    </message>
    <message>
        <source>Connection (optional)</source>
        <translation>Conexión (opcional)</translation>
    </message>
    <message>
        <source>Custom STS endpoint</source>
        <translation>Punto de conexión de STS personalizado</translation>
    </message>
    <message>
        <source>https://sts.&lt;account domain&gt; (default)</source>
        <translation>https://sts.&lt;dominio de la cuenta&gt; (predeterminado)</translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation>Punto de cone&amp;xión de STS:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Archivo de certificado de CA adicional</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust (optional)</source>
        <translation>Archivo PEM de una CA privada en la que confiar (opcional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate</source>
        <translation>Buscar un certificado de CA</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificado de C&amp;A:</translation>
    </message>
    <message>
        <source>Refresh the token &amp;automatically before it expires</source>
        <translation>Actualizar el to&amp;ken automáticamente antes de que expire</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualizar automáticamente</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Pr&amp;obar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the stored secrets from %1…</source>
        <translation>Leyendo los secretos almacenados (ubicación: %1)…</translation>
    </message>
    <message>
        <source>The stored secrets could not be read: %1 Enter them again, or cancel and retry once the keychain is available.</source>
        <translation>No se pudieron leer los secretos almacenados: %1 Vuelva a escribirlos, o cancele y vuelva a intentarlo cuando el llavero esté disponible.</translation>
    </message>
    <message>
        <source>Enter the primary key, or use the secondary key.</source>
        <translation>Escriba la clave principal o use la clave secundaria.</translation>
    </message>
    <message>
        <source>Enter the secondary key, or use the primary key.</source>
        <translation>Escriba la clave secundaria o use la clave principal.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Escriba el secreto de cliente.</translation>
    </message>
    <message>
        <source>✓ A valid account ID.</source>
        <translation>✓ ID de cuenta válido.</translation>
    </message>
    <message>
        <source>A custom domain: the STS is https://sts.%1</source>
        <translation>Un dominio personalizado: el STS es https://sts.%1</translation>
    </message>
    <message>
        <source>✓ Region %1; the STS is https://sts.%2</source>
        <translation>✓ Región %1; el STS es https://sts.%2</translation>
    </message>
    <message>
        <source>You will be shown a code to enter at the sign-in page on any device.</source>
        <translation>Se le mostrará un código que deberá escribir en la página de inicio de sesión, en cualquier dispositivo.</translation>
    </message>
    <message>
        <source>Your browser opens for the sign-in; the app must allow the redirect URI http://localhost.</source>
        <translation>El explorador se abre para el inicio de sesión; la aplicación debe permitir el URI de redirección http://localhost.</translation>
    </message>
    <message>
        <source>Uses the account signed in with &apos;az login&apos; (az must be on PATH).</source>
        <translation>Usa la cuenta con la que se inició sesión mediante &apos;az login&apos; (az debe estar en el PATH).</translation>
    </message>
    <message>
        <source>optional: the CLI&apos;s tenant by default</source>
        <translation>opcional: de forma predeterminada, el inquilino de la CLI</translation>
    </message>
    <message>
        <source>Fix the form first: %1</source>
        <translation>Corrija primero el formulario: %1</translation>
    </message>
    <message>
        <source>Sign in: open %1 and enter the code %2. Waiting…</source>
        <translation>Inicio de sesión: abra %1 y escriba el código %2. Esperando…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser (%1)…</source>
        <translation>Esperando el inicio de sesión en el explorador (%1)…</translation>
    </message>
    <message>
        <source>Getting a token from the STS…</source>
        <translation>Obteniendo un token del STS…</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>Cancelar pr&amp;ueba</translation>
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
        <translation>✓ El STS emitió un token, válido hasta %1 (%2 ms).
%3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>
HTTP status: %1</source>
        <translation>
Estado HTTP: %1</translation>
    </message>
    <message>
        <source>
WWW-Authenticate: %1</source>
        <translation>
WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>test connection</source>
        <translation>prueba de conexión</translation>
    </message>
    <message>
        <source>Storing the secrets in %1…</source>
        <translation>Almacenando los secretos (ubicación: %1)…</translation>
    </message>
    <message>
        <source>The secrets could not be stored, so the account was not saved: %1</source>
        <translation>No se pudieron almacenar los secretos, por lo que la cuenta no se guardó: %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Mostrar u ocultar %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountEdit</name>
    <message>
        <source>The account needs a name that is not empty.</source>
        <translation>La cuenta necesita un nombre que no esté vacío.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already; change it with &apos;mrauth accounts edit %1&apos; or choose another name.</source>
        <translation>Ya existe una cuenta llamada &apos;%1&apos;; cámbiela con &apos;mrauth accounts edit %1&apos; o elija otro nombre.</translation>
    </message>
    <message>
        <source>--rename needs a name that is not empty.</source>
        <translation>--rename necesita un nombre que no esté vacío.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already.</source>
        <translation>Ya existe una cuenta llamada &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Give --account-domain or --region, not both.</source>
        <translation>Indique --account-domain o --region, no ambos.</translation>
    </message>
    <message>
        <source>account domain</source>
        <translation>dominio de la cuenta</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>nombre del servicio</translation>
    </message>
    <message>
        <source>service URL</source>
        <translation>URL del servicio</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>punto de conexión de STS</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>archivo de CA</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>Say how the account signs in to Azure AD with --auth client-secret, device-code, interactive-browser or azure-cli.</source>
        <translation>Indique cómo inicia sesión la cuenta en Azure AD con --auth client-secret, device-code, interactive-browser o azure-cli.</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>selección de clave</translation>
    </message>
    <message>
        <source>tenant ID</source>
        <translation>ID de inquilino</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>authority host</source>
        <translation>host de autoridad</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>ámbito de Azure AD</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>actualización automática</translation>
    </message>
    <message>
        <source>--%1 is for Azure AD sign-in, but the account uses an account key (choose the sign-in with --auth).</source>
        <translation>--%1 es para el inicio de sesión con Azure AD, pero la cuenta usa una clave de cuenta (elija el inicio de sesión con --auth).</translation>
    </message>
    <message>
        <source>--key-slot is for account keys, but the account signs in with Azure AD.</source>
        <translation>--key-slot es para claves de cuenta, pero la cuenta inicia sesión con Azure AD.</translation>
    </message>
    <message>
        <source>--key-stdin stores an account key, but the account signs in with Azure AD.</source>
        <translation>--key-stdin almacena una clave de cuenta, pero la cuenta inicia sesión con Azure AD.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clave principal</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>clave secundaria</translation>
    </message>
    <message>
        <source>--client-secret-stdin stores a client secret, but the account does not sign in with one (--auth client-secret).</source>
        <translation>--client-secret-stdin almacena un secreto de cliente, pero la cuenta no inicia sesión con uno (--auth client-secret).</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation>Nada que cambiar: indique como opciones los campos que quiere cambiar.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountListFormat</name>
    <message>
        <source>Account &quot;%1&quot; appears twice; the second copy was ignored.</source>
        <translation>La cuenta «%1» aparece dos veces; se ha omitido la segunda copia.</translation>
    </message>
    <message>
        <source>An account entry is not a JSON object.</source>
        <translation>Una entrada de cuenta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file is not an MrAuth account list.</source>
        <translation>El archivo no es una lista de cuentas de MrAuth.</translation>
    </message>
    <message>
        <source>The file was written by a newer MrAuth (format version %1).</source>
        <translation>El archivo lo escribió una versión más reciente de MrAuth (versión de formato %1).</translation>
    </message>
    <message>
        <source>The file has no account list.</source>
        <translation>El archivo no tiene ninguna lista de cuentas.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es un JSON válido (%1 en el byte %2).</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountLookup</name>
    <message numerus="yes">
        <source>%n accounts are named &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n cuenta se llama &apos;%1&apos;.</numerusform>
            <numerusform>%n cuentas se llaman &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one by its id instead: %1.</source>
        <translation>Indique una por su ID: %1.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStore</name>
    <message>
        <source>The account has no id.</source>
        <translation>La cuenta no tiene ID.</translation>
    </message>
    <message>
        <source>The account is already in the list.</source>
        <translation>La cuenta ya está en la lista.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists; another program may have removed it.</source>
        <translation>La cuenta «%1» ya no existe; puede que otro programa la haya quitado.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an MrAuth account list.</source>
        <translation>%1 no es una lista de cuentas de MrAuth.</translation>
    </message>
    <message>
        <source>The account list is locked by another program (%1). Try again in a moment.</source>
        <translation>Otro programa ha bloqueado la lista de cuentas (%1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The damaged file could not be set aside; it was left as it is.</source>
        <translation>No se pudo apartar el archivo dañado; se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>Could not save the account list to %1: %2</source>
        <translation>No se pudo guardar la lista de cuentas en %1: %2</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStoreReport</name>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>No se pudo leer la lista de cuentas: %1</translation>
    </message>
    <message>
        <source>The account list was damaged and has been repaired.</source>
        <translation>La lista de cuentas estaba dañada y se ha reparado.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) recovered.</source>
        <translation>
            <numerusform>Se recuperó %n cuenta.</numerusform>
            <numerusform>Se recuperaron %n cuentas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came from the backup.</source>
        <translation>
            <numerusform>%n de ellas procede de la copia de seguridad.</numerusform>
            <numerusform>%n de ellas proceden de la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n entrada.</numerusform>
            <numerusform>No se pudieron leer %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>El archivo dañado se conservó como %1.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsCommand</name>
    <message>
        <source>No account is stored yet. Add one with:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</source>
        <translation>Todavía no hay ninguna cuenta almacenada. Agregue una con:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</translation>
    </message>
    <message>
        <source>Warning: the keychain could not be read: %1</source>
        <translation>Advertencia: no se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;.</source>
        <translation>Se agregó &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;; %2 stored in %3.</source>
        <translation>Se agregó &apos;%1&apos;; almacenado: %2 (ubicación: %3).</translation>
    </message>
    <message>
        <source>No key is stored yet; store it with: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</source>
        <translation>Todavía no hay ninguna clave almacenada; almacénela con: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</translation>
    </message>
    <message>
        <source>No client secret is stored yet; store it with: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</source>
        <translation>Todavía no hay ningún secreto de cliente almacenado; almacénelo con: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2).</source>
        <translation>Se actualizó &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2); %3 stored in %4.</source>
        <translation>Se actualizó &apos;%1&apos; (%2); almacenado: %3 (ubicación: %4).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not removed, so that its secrets are not left behind in the keychain.</source>
        <translation>No se quitó &apos;%1&apos;, para que sus secretos no queden abandonados en el llavero.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; and its secrets.</source>
        <translation>Se quitaron &apos;%1&apos; y sus secretos.</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsOutput</name>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENTICACIÓN</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID DE CUENTA</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>PUNTO DE CONEXIÓN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Dominio de la cuenta</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>punto de conexión de STS</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>URL del servicio</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>archivo de CA</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de inquilino</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Host de autoridad</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>ámbito de Azure AD</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Actualización automática</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>almacenado en el llavero</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>unknown (the keychain could not be read)</source>
        <translation>desconocido (no se pudo leer el llavero)</translation>
    </message>
</context>
<context>
    <name>MrAuth::AzureCliCredential</name>
    <message>
        <source>The Azure CLI (&apos;az&apos;) was not found on PATH. Install it and run &apos;az login&apos;, or use another credential.</source>
        <translation>No se encontró la Azure CLI (&apos;az&apos;) en el PATH. Instálela y ejecute &apos;az login&apos;, o use otra credencial.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>No se pudo iniciar la Azure CLI: %1</translation>
    </message>
    <message>
        <source>The Azure CLI crashed: %1</source>
        <translation>La Azure CLI se bloqueó: %1</translation>
    </message>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n ms.</source>
        <translation>
            <numerusform>La Azure CLI no respondió en %n ms.</numerusform>
            <numerusform>La Azure CLI no respondió en %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::CliApplication</name>
    <message>
        <source>There is no command &apos;%1&apos;; the commands are: %2.</source>
        <translation>No existe el comando &apos;%1&apos;; los comandos son: %2.</translation>
    </message>
    <message>
        <source>Paste the token (it is not shown), then press Enter: </source>
        <translation>Pegue el token (no se muestra) y presione Entrar: </translation>
    </message>
    <message>
        <source>No token: pass it on standard input (preferred) or as the argument.</source>
        <translation>No hay token: páselo por la entrada estándar (recomendado) o como argumento.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CliError</name>
    <message>
        <source>Check the account&apos;s key: store the current one with &apos;%1&apos;, or use the other key with --key-slot.</source>
        <translation>Compruebe la clave de la cuenta: almacene la actual con &apos;%1&apos; o use la otra clave con --key-slot.</translation>
    </message>
    <message>
        <source>Check the account ID and the key (both from the Azure portal&apos;s Access keys page).</source>
        <translation>Compruebe el ID de cuenta y la clave (ambos en la página Claves de acceso del portal de Azure).</translation>
    </message>
    <message>
        <source>Check the Azure AD tenant, client ID and secret.</source>
        <translation>Compruebe el inquilino de Azure AD, el ID de cliente y el secreto.</translation>
    </message>
    <message>
        <source>The Azure AD principal needs a role on the account (for example Spatial Anchors Account Reader).</source>
        <translation>La entidad de seguridad de Azure AD necesita un rol en la cuenta (por ejemplo, Spatial Anchors Account Reader).</translation>
    </message>
    <message>
        <source>Check the account ID and the Azure AD settings.</source>
        <translation>Compruebe el ID de cuenta y la configuración de Azure AD.</translation>
    </message>
    <message>
        <source>Check the account ID and the account domain.</source>
        <translation>Compruebe el ID de cuenta y el dominio de la cuenta.</translation>
    </message>
    <message>
        <source>If the STS uses a private or test CA, pass its certificate with --ca-file.</source>
        <translation>Si el STS usa una CA privada o de prueba, pase su certificado con --ca-file.</translation>
    </message>
    <message>
        <source>Retry, or allow more time with --timeout.</source>
        <translation>Vuelva a intentarlo o conceda más tiempo con --timeout.</translation>
    </message>
    <message>
        <source>The STS is throttling requests: wait a little, then retry (or raise --retries).</source>
        <translation>El STS está limitando las solicitudes: espere un poco y vuelva a intentarlo (o aumente --retries).</translation>
    </message>
    <message>
        <source>The service failed; retry later and give support both correlation vectors.</source>
        <translation>Error del servicio; vuelva a intentarlo más tarde y proporcione al soporte técnico ambos vectores de correlación.</translation>
    </message>
    <message>
        <source>Check the network connection and the STS endpoint.</source>
        <translation>Compruebe la conexión de red y el punto de conexión de STS.</translation>
    </message>
    <message>
        <source>The endpoint did not answer like a Mixed Reality STS; check --endpoint.</source>
        <translation>El punto de conexión no respondió como un STS de Mixed Reality; compruebe --endpoint.</translation>
    </message>
    <message>
        <source>Store it with &apos;%1&apos;.</source>
        <translation>Almacene el valor con &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for the account.</source>
        <translation>El llavero no contiene ninguna entrada «%1» para la cuenta.</translation>
    </message>
    <message>
        <source>Without a keychain (a server or CI), use an ad-hoc account: --account-id, --account-domain and MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>Sin llavero (en un servidor o en CI), use una cuenta ad hoc: --account-id, --account-domain y MIXEDREALITY_ACCOUNT_KEY.</translation>
    </message>
    <message>
        <source>Allow mrauth to use the keychain, then retry.</source>
        <translation>Permita que mrauth use el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>Todavía no hay ninguna cuenta almacenada; agregue una con &apos;mrauth accounts add NAME …&apos;.</translation>
    </message>
    <message>
        <source>The stored accounts are: %1.</source>
        <translation>Las cuentas almacenadas son: %1.</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>No hay ninguna cuenta almacenada llamada &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClientSecretCredential</name>
    <message>
        <source>The client secret is empty: copy the secret&apos;s value (not its ID) from the app registration&apos;s Certificates &amp; secrets page.</source>
        <translation>El secreto de cliente está vacío: copie el valor del secreto (no su ID) de la página Certificados y secretos del registro de la aplicación.</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClipboardSession</name>
    <message>
        <source>There is no display to copy to: %1 is not set (an SSH session, a container or a console?). Print the token instead, for example &apos;mrauth token NAME&apos;, or use --copy in a graphical session.</source>
        <translation>No hay ninguna pantalla a la que copiar: %1 no está definido (¿una sesión SSH, un contenedor o una consola?). Muestre el token en su lugar, por ejemplo con &apos;mrauth token NAME&apos;, o use --copy en una sesión gráfica.</translation>
    </message>
    <message>
        <source>The Qt platform &apos;%1&apos; has no clipboard that other programs can read, so copying is impossible here. Run --copy in a graphical session, or print the token instead.</source>
        <translation>La plataforma Qt &apos;%1&apos; no tiene un portapapeles que otros programas puedan leer, así que aquí no se puede copiar. Ejecute --copy en una sesión gráfica o muestre el token en su lugar.</translation>
    </message>
    <message>
        <source>Could not connect to the display (%1), so copying is impossible. Check that the graphical session is running, or print the token instead.</source>
        <translation>No se pudo conectar con la pantalla (%1), así que no se puede copiar. Compruebe que la sesión gráfica esté en ejecución o muestre el token en su lugar.</translation>
    </message>
    <message>
        <source>Clearing the clipboard in %1 (Ctrl+C clears it now)</source>
        <translation>El portapapeles se borrará en %1 (Ctrl+C lo borra ahora)</translation>
    </message>
    <message>
        <source>Interrupted: clipboard cleared.</source>
        <translation>Interrumpido: portapapeles borrado.</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Portapapeles borrado.</translation>
    </message>
    <message>
        <source>The clipboard now holds something else; nothing is left to clear.</source>
        <translation>El portapapeles contiene ahora otra cosa; no queda nada que borrar.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>The clipboard did not take the text.</source>
        <translation>El portapapeles no aceptó el texto.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. It will be cleared in %1 s; mrauth keeps running until then, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>Copiado en el portapapeles. Se borrará en %1 s; mrauth sigue en ejecución hasta entonces, porque el contenido del portapapeles solo existe mientras exista el programa que lo copió. Ctrl+C lo borra ahora.</translation>
    </message>
    <message>
        <source>Copied to the clipboard. mrauth keeps running until something else is copied, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>Copiado en el portapapeles. mrauth sigue en ejecución hasta que se copie otra cosa, porque el contenido del portapapeles solo existe mientras exista el programa que lo copió. Ctrl+C lo borra ahora.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not a valid value for --%2; use one of: %3.</source>
        <translation>&apos;%1&apos; no es un valor válido para --%2; use uno de estos: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; the commands are: %2.</source>
        <translation>&apos;%1&apos; no es un comando; los comandos son: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of &apos;%2&apos;; use one of: %3.</source>
        <translation>&apos;%1&apos; no es un comando de &apos;%2&apos;; use uno de estos: %3.</translation>
    </message>
    <message>
        <source>--%1: secrets are never taken as arguments, which every user of the machine can see in the process list. Pipe the secret to --key-stdin or --client-secret-stdin, or set MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>--%1: nunca se aceptan secretos como argumentos, ya que cualquier usuario del equipo puede verlos en la lista de procesos. Canalice el secreto a --key-stdin o --client-secret-stdin, o defina MIXEDREALITY_ACCOUNT_KEY.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>&apos;%1&apos; no tiene la opción --%2.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 necesita un valor (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option -%2.</source>
        <translation>&apos;%1&apos; no tiene la opción -%2.</translation>
    </message>
    <message>
        <source>-%1 needs a value (%2).</source>
        <translation>-%1 necesita un valor (%2).</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>Indique un comando: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; necesita un comando: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; necesita %2.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no arguments (%n given).</source>
        <translation>
            <numerusform>&apos;%1&apos; no admite argumentos (se indicó %n).</numerusform>
            <numerusform>&apos;%1&apos; no admite argumentos (se indicaron %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2 at most, but %n arguments were given. Secrets are never taken as arguments.</source>
        <translation>
            <numerusform>&apos;%1&apos; admite como máximo %2, pero se indicó %n argumento. Nunca se aceptan secretos como argumentos.</numerusform>
            <numerusform>&apos;%1&apos; admite como máximo %2, pero se indicaron %n argumentos. Nunca se aceptan secretos como argumentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>&apos;%1&apos; no es ninguno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandTable</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Print no notices or warnings on standard error; errors are still printed.</source>
        <translation>No mostrar avisos ni advertencias en la salida de error estándar; los errores se siguen mostrando.</translation>
    </message>
    <message>
        <source>Print debug logging of the requests on standard error (never a secret).</source>
        <translation>Mostrar el registro de depuración de las solicitudes en la salida de error estándar (nunca un secreto).</translation>
    </message>
    <message>
        <source>Custom STS endpoint instead of https://sts.DOMAIN (https; plain http only on loopback).</source>
        <translation>Punto de conexión de STS personalizado en lugar de https://sts.DOMAIN (https; http sin cifrar solo en bucle invertido).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private or test CA).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (una CA privada o de prueba).</translation>
    </message>
    <message>
        <source>The Mixed Reality account ID (a GUID).</source>
        <translation>El ID de la cuenta de Mixed Reality (un GUID).</translation>
    </message>
    <message>
        <source>The account domain, e.g. eastus.mixedreality.azure.com.</source>
        <translation>El dominio de la cuenta, por ejemplo, eastus.mixedreality.azure.com.</translation>
    </message>
    <message>
        <source>Azure AD tenant (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Inquilino de Azure AD (un GUID o un dominio como contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Azure AD application (client) ID, a GUID.</source>
        <translation>ID de aplicación (cliente) de Azure AD, un GUID.</translation>
    </message>
    <message>
        <source>Azure AD authority host (default https://login.microsoftonline.com; sovereign clouds differ).</source>
        <translation>Host de autoridad de Azure AD (predeterminado: https://login.microsoftonline.com; difiere en las nubes soberanas).</translation>
    </message>
    <message>
        <source>Azure AD scope to ask for (default https://sts.mixedreality.azure.com//.default).</source>
        <translation>Ámbito de Azure AD que se solicita (predeterminado: https://sts.mixedreality.azure.com//.default).</translation>
    </message>
    <message>
        <source>Instead of --account-domain: the account&apos;s region, e.g. eastus (eastus2 is mixedreality.azure.com).</source>
        <translation>En lugar de --account-domain: la región de la cuenta, por ejemplo, eastus (eastus2 es mixedreality.azure.com).</translation>
    </message>
    <message>
        <source>The service the tokens are for (default spatial-anchors).</source>
        <translation>El servicio para el que son los tokens (predeterminado: spatial-anchors).</translation>
    </message>
    <message>
        <source>For --service custom: what the service is called.</source>
        <translation>Para --service custom: cómo se llama el servicio.</translation>
    </message>
    <message>
        <source>The service&apos;s base URL, for the curl format (default: the service host of the account domain).</source>
        <translation>La URL base del servicio, para el formato curl (predeterminado: el host de servicio del dominio de la cuenta).</translation>
    </message>
    <message>
        <source>How to authenticate (default account-key).</source>
        <translation>Cómo autenticarse (predeterminado: account-key).</translation>
    </message>
    <message>
        <source>Which account key the account uses, and which one --key-stdin stores (default primary).</source>
        <translation>Qué clave de cuenta usa la cuenta y cuál almacena --key-stdin (predeterminado: primary).</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input and store it in the keychain.</source>
        <translation>Leer la clave de cuenta de una línea de la entrada estándar y almacenarla en el llavero.</translation>
    </message>
    <message>
        <source>Read the client secret from one line of standard input (after the key, if both) and store it in the keychain.</source>
        <translation>Leer el secreto de cliente de una línea de la entrada estándar (después de la clave, si se indican ambos) y almacenarlo en el llavero.</translation>
    </message>
    <message>
        <source>Whether the desktop app refreshes the account&apos;s token before it expires (default on).</source>
        <translation>Si la aplicación de escritorio actualiza el token de la cuenta antes de que expire (predeterminado: on).</translation>
    </message>
    <message>
        <source>Get an access token for a stored or ad-hoc account.</source>
        <translation>Obtener un token de acceso para una cuenta almacenada o ad hoc.</translation>
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
        <translation>NAME es una cuenta almacenada (vea &apos;mrauth accounts list&apos;); su clave o secreto de cliente
procede del llavero del sistema. Sin NAME, la cuenta es ad hoc: --account-id y
--account-domain (o MIXEDREALITY_ACCOUNT_ID y MIXEDREALITY_ACCOUNT_DOMAIN) la
identifican, e inicia sesión con una clave de cuenta de MIXEDREALITY_ACCOUNT_KEY o
--key-stdin, o con Azure AD: --tenant-id y --client-id con --client-secret-stdin (o
AZURE_CLIENT_SECRET), --device-code o --azure-cli.

Nunca se acepta un secreto como argumento: los argumentos son visibles para todos los
usuarios del equipo en la lista de procesos. --key-stdin y --client-secret-stdin leen una
línea de la entrada estándar, sin eco en un terminal.

Formatos:
  token   el token tal cual y un salto de línea (el predeterminado)
  json    {accessToken, expiresOn (ISO 8601 UTC), expiresOnEpoch, accountId,
          accountDomain, endpoint, requestCorrelationVector,
          responseCorrelationVector}, más name para las cuentas almacenadas
  header  Authorization: Bearer TOKEN
  env     export MIXEDREALITY_ACCESS_TOKEN=&apos;TOKEN&apos;
  curl    un comando curl para la URL del servicio de la cuenta
--all muestra una matriz JSON de objetos json, uno por cuenta almacenada, con un objeto de
error {type, message, httpStatus, wwwAuthenticate, requestCorrelationVector,
responseCorrelationVector, exitCode} en lugar del token para cada cuenta que falló;
el código de salida es 0 solo cuando todas las cuentas obtuvieron un token.

--copy coloca el texto en el portapapeles, marcado para que los administradores del
portapapeles no lo conserven, no muestra nada en la salida estándar y sigue en ejecución
hasta que se borra el portapapeles: tras --clear-after segundos (30 de forma
predeterminada, o la configuración de la aplicación; 0 espera hasta que se copie otra
cosa), o de inmediato con Ctrl+C. El contenido del portapapeles solo existe mientras
exista el programa que lo copió. --copy necesita una sesión gráfica.

Los errores ocupan una línea en la salida de error estándar: el tipo de error, el mensaje,
el estado HTTP y ambos vectores de correlación (X-MRC-CV enviado, MS-CV recibido), que el
soporte técnico necesita.

Entorno (cuentas ad hoc; las opciones tienen prioridad): MIXEDREALITY_ACCOUNT_ID,
MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY, MIXEDREALITY_STS_ENDPOINT,
MIXEDREALITY_CA_FILE, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
AZURE_AUTHORITY_HOST.

Códigos de salida:
  0  correcto
  2  uso: una opción, un argumento o un valor incorrectos
  3  autenticación rechazada (HTTP 400, 401, 403)
  4  cuenta no encontrada (HTTP 404, o un NAME desconocido)
  5  red, TLS o tiempo de espera agotado
  6  respuesta no válida
  7  llavero no disponible, o falta en él el secreto de la cuenta
  1  cualquier otro error (por ejemplo, limitación o errores del servidor tras todos los reintentos)

Ejemplos:
  export TOKEN=&quot;$(mrauth token my-anchors)&quot;
  mrauth token my-anchors --format json | jq -r .expiresOn
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth token --account-id ID \
      --account-domain eastus.mixedreality.azure.com --key-stdin
  mrauth token --account-id ID --account-domain DOMAIN --azure-cli
  mrauth token my-anchors --copy --clear-after 20</translation>
    </message>
    <message>
        <source>Every stored account, fetched concurrently (JSON array).</source>
        <translation>Todas las cuentas almacenadas, obtenidas simultáneamente (matriz JSON).</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input (else from MIXEDREALITY_ACCOUNT_KEY).</source>
        <translation>Leer la clave de cuenta de una línea de la entrada estándar (si no, de MIXEDREALITY_ACCOUNT_KEY).</translation>
    </message>
    <message>
        <source>For a stored account: use this key instead of the account&apos;s choice.</source>
        <translation>Para una cuenta almacenada: usar esta clave en lugar de la elegida por la cuenta.</translation>
    </message>
    <message>
        <source>Azure AD service principal: read the client secret from one line of standard input.</source>
        <translation>Entidad de servicio de Azure AD: leer el secreto de cliente de una línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Azure AD user sign-in on another device: prints a code to enter at a web page.</source>
        <translation>Inicio de sesión de usuario de Azure AD en otro dispositivo: muestra un código para escribir en una página web.</translation>
    </message>
    <message>
        <source>Azure AD through the signed-in Azure CLI (az login).</source>
        <translation>Azure AD a través de la Azure CLI con sesión iniciada (az login).</translation>
    </message>
    <message>
        <source>Ad-hoc account: its service, for the curl format.</source>
        <translation>Cuenta ad hoc: su servicio, para el formato curl.</translation>
    </message>
    <message>
        <source>The URL the curl format calls (default: the service host of the account domain).</source>
        <translation>La URL a la que llama el formato curl (predeterminado: el host de servicio del dominio de la cuenta).</translation>
    </message>
    <message>
        <source>token, json, header, env or curl (default token; json with --all).</source>
        <translation>token, json, header, env o curl (predeterminado: token; json con --all).</translation>
    </message>
    <message>
        <source>Copy to the clipboard instead of printing, and wait until it is cleared.</source>
        <translation>Copiar en el portapapeles en lugar de mostrar, y esperar hasta que se borre.</translation>
    </message>
    <message>
        <source>With --copy: clear the clipboard after this many seconds (default 30; 0: when replaced).</source>
        <translation>Con --copy: borrar el portapapeles tras este número de segundos (predeterminado: 30; 0: cuando se reemplace).</translation>
    </message>
    <message>
        <source>Give up after this many seconds in all, retries and sign-in included (default: 30 s per try).</source>
        <translation>Desistir tras este número total de segundos, incluidos reintentos e inicio de sesión (predeterminado: 30 s por intento).</translation>
    </message>
    <message>
        <source>Retry throttled, failed or timed-out requests up to N times (default 3, at most 10).</source>
        <translation>Reintentar hasta N veces las solicitudes limitadas, con error o que agotaron el tiempo de espera (predeterminado: 3, máximo 10).</translation>
    </message>
    <message>
        <source>List, show, add, edit or remove stored accounts.</source>
        <translation>Enumerar, mostrar, agregar, editar o quitar cuentas almacenadas.</translation>
    </message>
    <message>
        <source>The accounts are the desktop app&apos;s: the same list (metadata only) and the same
keychain entries for their secrets. Changes show up in a running app at once.</source>
        <translation>Las cuentas son las de la aplicación de escritorio: la misma lista (solo metadatos) y las
mismas entradas del llavero para sus secretos. Los cambios aparecen de inmediato en una
aplicación en ejecución.</translation>
    </message>
    <message>
        <source>List the stored accounts.</source>
        <translation>Enumerar las cuentas almacenadas.</translation>
    </message>
    <message>
        <source>Formats: table (the default) has one line per account; json is an array of the
accounts&apos; metadata as the app stores it; names prints one name per line, for
scripts and shell completion. No keychain access is needed.</source>
        <translation>Formatos: table (el predeterminado) muestra una línea por cuenta; json es una matriz de
los metadatos de las cuentas tal como los almacena la aplicación; names muestra un nombre
por línea, para scripts y el autocompletado del shell. No se necesita acceso al llavero.</translation>
    </message>
    <message>
        <source>table, json or names (default table).</source>
        <translation>table, json o names (predeterminado: table).</translation>
    </message>
    <message>
        <source>Show one account and which of its secrets are stored.</source>
        <translation>Mostrar una cuenta y cuáles de sus secretos están almacenados.</translation>
    </message>
    <message>
        <source>Shows the metadata and, from the keychain, whether each secret the account can use
is stored (never the secret itself). When the keychain cannot be reached the
secrets show as unknown and a warning says why.</source>
        <translation>Muestra los metadatos y, según el llavero, si cada secreto que la cuenta puede usar está
almacenado (nunca el propio secreto). Si no se puede acceder al llavero, los secretos
aparecen como desconocidos y una advertencia indica el motivo.</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text o json (predeterminado: text).</translation>
    </message>
    <message>
        <source>Add an account; its secret goes to the keychain.</source>
        <translation>Agregar una cuenta; su secreto se guarda en el llavero.</translation>
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
        <translation>NAME es el nombre con el que se refiere a la cuenta, en la CLI y en la aplicación. Una
cuenta con clave de cuenta necesita --account-id, --account-domain (o --region) y, para
obtener tokens, una clave:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add my-anchors \
      --account-id ID --account-domain eastus.mixedreality.azure.com --key-stdin
Una entidad de servicio: --auth client-secret --tenant-id T --client-id C
--client-secret-stdin. Los inicios de sesión con código de dispositivo, explorador
interactivo y Azure CLI no necesitan ningún secreto.
El secreto se escribe en el llavero antes de guardar la cuenta; si no se puede acceder al
llavero, no se guarda nada (código de salida 7).</translation>
    </message>
    <message>
        <source>Change an account&apos;s fields or store a new secret.</source>
        <translation>Cambiar los campos de una cuenta o almacenar un nuevo secreto.</translation>
    </message>
    <message>
        <source>Only the fields given change. An empty value (--endpoint=) clears an optional field.
Key rotation, storing the new secondary key and switching to it:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</source>
        <translation>Solo cambian los campos indicados. Un valor vacío (--endpoint=) borra un campo opcional.
Rotación de claves, almacenando la nueva clave secundaria y cambiando a ella:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</translation>
    </message>
    <message>
        <source>Give the account a new name.</source>
        <translation>Dar un nuevo nombre a la cuenta.</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain.</source>
        <translation>Quitar una cuenta y sus secretos del llavero.</translation>
    </message>
    <message>
        <source>The secrets are deleted first; when the keychain cannot be reached the account stays
(exit 7), so that no secret is left behind without an account to find it by.</source>
        <translation>Los secretos se eliminan primero; si no se puede acceder al llavero, la cuenta se mantiene
(código de salida 7), para que ningún secreto quede abandonado sin una cuenta por la que encontrarlo.</translation>
    </message>
    <message>
        <source>Show a token&apos;s header and claims, dates in UTC.</source>
        <translation>Mostrar el encabezado y las notificaciones de un token, con fechas en UTC.</translation>
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
        <translation>Lee el token de la entrada estándar cuando TOKEN es &apos;-&apos; o falta; es lo recomendable:
un token pasado como argumento es visible en la lista de procesos mientras se ejecuta
mrauth. El texto pegado puede conservar un prefijo &apos;Authorization: Bearer &apos; o &apos;export NAME=&apos;
y comillas. Las fechas (exp, nbf, iat) se muestran en UTC y en relación con el momento
actual. La firma no se comprueba: de eso se encarga el servicio.

--check sale con el código 8 si el token ha expirado o aún no es válido (6 si no es un JWT
o no tiene expiración), después de mostrarlo como de costumbre:
  mrauth token my-anchors | mrauth decode --check - &gt;/dev/null || echo renew</translation>
    </message>
    <message>
        <source>Exit 8 when the token has expired or is not valid yet.</source>
        <translation>Salir con el código 8 si el token ha expirado o aún no es válido.</translation>
    </message>
    <message>
        <source>Print the completion script for bash, zsh or fish.</source>
        <translation>Mostrar el script de autocompletado para bash, zsh o fish.</translation>
    </message>
    <message>
        <source>Install it with one of:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Account names are completed from &apos;mrauth accounts list --format names&apos;.</source>
        <translation>Instálelo con uno de estos comandos:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Los nombres de cuenta se completan a partir de &apos;mrauth accounts list --format names&apos;.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Mostrar la ayuda de un comando.</translation>
    </message>
    <message>
        <source>Show the versions of mrauth, libmrauth and Qt.</source>
        <translation>Mostrar las versiones de mrauth, libmrauth y Qt.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Pruebe &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>mrauth %1: Mixed Reality access tokens for scripts and the clipboard.</source>
        <translation>mrauth %1: tokens de acceso de Mixed Reality para scripts y el portapapeles.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
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
        <translation>Códigos de salida:
  0  correcto
  2  uso
  3  autenticación rechazada (HTTP 400, 401, 403)
  4  cuenta no encontrada (HTTP 404, o un NAME desconocido)
  5  red, TLS o tiempo de espera agotado
  6  respuesta no válida
  7  llavero no disponible
  8  &apos;decode --check&apos; con un token expirado o que aún no es válido
  1  cualquier otro error
</translation>
    </message>
    <message>
        <source>Run &apos;mrauth COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;mrauth COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
</context>
<context>
    <name>MrAuth::CopyFormats</name>
    <message>
        <source>Copy &amp;Token</source>
        <translation>Copiar &amp;token</translation>
    </message>
    <message>
        <source>Copy as &amp;Authorization Header</source>
        <translation>Copiar como encabezado &amp;Authorization</translation>
    </message>
    <message>
        <source>Copy as c&amp;url Command</source>
        <translation>Copiar como comando c&amp;url</translation>
    </message>
    <message>
        <source>Copy as Shell &amp;Export</source>
        <translation>Copiar como &amp;export de shell</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeOutput</name>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation>válido, expira el %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirado %1</translation>
    </message>
    <message>
        <source>not valid yet, valid from %1</source>
        <translation>aún no es válido, válido desde %1</translation>
    </message>
    <message>
        <source>no usable expiry (%1)</source>
        <translation>sin expiración utilizable (%1)</translation>
    </message>
    <message>
        <source>not a JSON Web Token</source>
        <translation>no es un JSON Web Token</translation>
    </message>
    <message>
        <source>This is not a JSON Web Token: %1</source>
        <translation>Esto no es un JSON Web Token: %1</translation>
    </message>
    <message>
        <source>Pass the whole token (three base64url parts separated by dots).</source>
        <translation>Pase el token completo (tres partes base64url separadas por puntos).</translation>
    </message>
    <message>
        <source>The token expired %1.</source>
        <translation>El token expiró el %1.</translation>
    </message>
    <message>
        <source>The token is valid only from %1.</source>
        <translation>El token solo es válido desde %1.</translation>
    </message>
    <message>
        <source>The token has no usable expiry, so it cannot be checked: %1</source>
        <translation>El token no tiene una expiración utilizable, así que no se puede comprobar: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeTokenDialog</name>
    <message>
        <source>Decode a Token</source>
        <translation>Descodificar un token</translation>
    </message>
    <message>
        <source>&amp;Paste a token (a JWT, optionally with &quot;Authorization: Bearer&quot;):</source>
        <translation>&amp;Pegue un token (un JWT, opcionalmente con &quot;Authorization: Bearer&quot;):</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>Token que se va a descodificar</translation>
    </message>
</context>
<context>
    <name>MrAuth::DemoMode</name>
    <message numerus="yes">
        <source>The STS emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>El emulador de STS no indicó su dirección en %n segundo.</numerusform>
            <numerusform>El emulador de STS no indicó su dirección en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no accounts.</source>
        <translation>El archivo de cuentas de demostración del emulador no tiene cuentas.</translation>
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
        <translation>El archivo de cuentas de demostración del emulador no tiene ninguna cuenta utilizable.</translation>
    </message>
    <message>
        <source>The STS emulator (%1) was not found next to the app or on PATH.</source>
        <translation>No se encontró el emulador de STS (%1) junto a la aplicación ni en el PATH.</translation>
    </message>
    <message>
        <source>Cannot create the demo directory %1.</source>
        <translation>No se puede crear el directorio de demostración %1.</translation>
    </message>
    <message>
        <source>The STS emulator could not be started: %1</source>
        <translation>No se pudo iniciar el emulador de STS: %1</translation>
    </message>
    <message>
        <source>The STS emulator stopped (exit code %1).</source>
        <translation>El emulador de STS se detuvo (código de salida %1).</translation>
    </message>
    <message>
        <source>The STS emulator stopped: %1</source>
        <translation>El emulador de STS se detuvo: %1</translation>
    </message>
    <message>
        <source>Cannot read the demo accounts file %1: %2</source>
        <translation>No se puede leer el archivo de cuentas de demostración %1: %2</translation>
    </message>
    <message>
        <source>Could not store the demo keys: %1</source>
        <translation>No se pudieron almacenar las claves de demostración: %1</translation>
    </message>
    <message>
        <source>The demo account list is gone.</source>
        <translation>La lista de cuentas de demostración ya no existe.</translation>
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
        <translation>El código de dispositivo expiró antes de completar el inicio de sesión.</translation>
    </message>
    <message>
        <source>The user declined the sign-in.</source>
        <translation>El usuario rechazó el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>MrAuth::EnvironmentCredential</name>
    <message>
        <source>The environment does not describe a service principal: %1 not set.</source>
        <translation>El entorno no describe una entidad de servicio: %1 no está definido.</translation>
    </message>
</context>
<context>
    <name>MrAuth::InteractiveBrowserCredential</name>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n s.</source>
        <translation>
            <numerusform>El inicio de sesión en el explorador no finalizó en %n s.</numerusform>
            <numerusform>El inicio de sesión en el explorador no finalizó en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser could be opened for the sign-in.</source>
        <translation>No se pudo abrir ningún explorador para el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>Ha iniciado sesión. Puede cerrar esta ventana y volver a la aplicación.</translation>
    </message>
</context>
<context>
    <name>MrAuth::JwtView</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Decoded only: the signature is checked by the service, not here.</source>
        <translation>Solo descodificado: la firma la comprueba el servicio, no aquí.</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Encabezado</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Encabezado del token</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Notificaciones del token</translation>
    </message>
    <message>
        <source>No token.</source>
        <translation>No hay token.</translation>
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
        <translation>relativo</translation>
    </message>
</context>
<context>
    <name>MrAuth::KeychainSecretStore</name>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>llavero del sistema (servicio «%1»)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>El llavero denegó el acceso: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>No hay ningún llavero disponible (%1). Inicie o desbloquee su llavero (por ejemplo, GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain could not be reached or is locked (%1). Unlock it, then retry.</source>
        <translation>No se puede acceder al llavero o está bloqueado (%1). Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::LogPanel</name>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Every token request: time, account, status, latency and both correlation vectors</source>
        <translation>Cada solicitud de token: hora, cuenta, estado, latencia y ambos vectores de correlación</translation>
    </message>
    <message>
        <source>Secrets and tokens are never logged.</source>
        <translation>Los secretos y los tokens nunca se registran.</translation>
    </message>
    <message>
        <source>&amp;Export Log…</source>
        <translation>&amp;Exportar registro…</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>Exportar el registro de solicitudes</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Borrar registro</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Borrar el registro de solicitudes</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>Exportar registro de solicitudes</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no log to export.</source>
        <translation>No hay ningún registro que exportar.</translation>
    </message>
</context>
<context>
    <name>MrAuth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>This is not a request MrAuth understands.</source>
        <translation>Esta no es una solicitud que MrAuth entienda.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Aquí no hay nada.</translation>
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
        <translation>El portapapeles se borra en %1 s</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Se borró el portapapeles.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Agregar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Editar cuenta…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Account…</source>
        <translation>D&amp;uplicar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Quitar cuenta…</translation>
    </message>
    <message>
        <source>Re&amp;veal Token</source>
        <translation>&amp;Mostrar token</translation>
    </message>
    <message>
        <source>&amp;Hide All Tokens</source>
        <translation>&amp;Ocultar todos los tokens</translation>
    </message>
    <message>
        <source>Token &amp;Details…</source>
        <translation>&amp;Detalles del token…</translation>
    </message>
    <message>
        <source>&amp;Refresh Token</source>
        <translation>&amp;Actualizar token</translation>
    </message>
    <message>
        <source>Refresh &amp;All Tokens</source>
        <translation>Actualizar &amp;todos los tokens</translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation>&amp;Cancelar obtención</translation>
    </message>
    <message>
        <source>&amp;Decode a Token…</source>
        <translation>&amp;Descodificar un token…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importar cuentas…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>&amp;Exportar cuentas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About MrAuth</source>
        <translation>&amp;Acerca de MrAuth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Hide MrAuth</source>
        <translation>&amp;Ocultar MrAuth</translation>
    </message>
    <message>
        <source>Get a new token for the selected account (Ctrl+R)</source>
        <translation>Obtener un nuevo token para la cuenta seleccionada (Ctrl+R)</translation>
    </message>
    <message>
        <source>Get new tokens for every account (F5)</source>
        <translation>Obtener nuevos tokens para todas las cuentas (F5)</translation>
    </message>
    <message>
        <source>Copy the selected account&apos;s token (Ctrl+C); the clipboard is cleared after a while</source>
        <translation>Copiar el token de la cuenta seleccionada (Ctrl+C); el portapapeles se borra al cabo de un rato</translation>
    </message>
    <message>
        <source>About MrAuth</source>
        <translation>Acerca de MrAuth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Mixed Reality access tokens for developers: accounts in the system keychain, live tokens, safe copying.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Tokens de acceso de Mixed Reality para desarrolladores: cuentas en el llavero del sistema, tokens actualizados, copia segura.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problema del llavero</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation>Volver a intentar el acceso al llavero</translation>
    </message>
    <message>
        <source>Account list problem</source>
        <translation>Problema de la lista de cuentas</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the account list</source>
        <translation>Abrir la carpeta de la lista de cuentas</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the account list message</source>
        <translation>Descartar el mensaje de la lista de cuentas</translation>
    </message>
    <message>
        <source>Azure AD sign-in</source>
        <translation>Inicio de sesión de Azure AD</translation>
    </message>
    <message>
        <source>Open Sign-in &amp;Page</source>
        <translation>Abrir &amp;página de inicio de sesión</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Abrir la página de inicio de sesión en el explorador</translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation>Copiar códi&amp;go</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>Copiar el código de inicio de sesión</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sign-in</source>
        <translation>Ca&amp;ncelar inicio de sesión</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Copied the sign-in code %1.</source>
        <translation>Se copió el código de inicio de sesión %1.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo demo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No accounts yet&lt;/h3&gt;&lt;p&gt;Add a Mixed Reality account to get tokens. Its keys are kept in your system keychain.&lt;/p&gt;&lt;p&gt;Or try MrAuth with the local STS emulator: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay cuentas&lt;/h3&gt;&lt;p&gt;Agregue una cuenta de Mixed Reality para obtener tokens. Sus claves se guardan en el llavero del sistema.&lt;/p&gt;&lt;p&gt;O pruebe MrAuth con el emulador de STS local: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>Iniciar la &amp;demo</translation>
    </message>
    <message>
        <source>Start MrAuth in demo mode</source>
        <translation>Iniciar MrAuth en modo demo</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>No se pudo iniciar la demo.</translation>
    </message>
    <message>
        <source>Token board</source>
        <translation>Panel de tokens</translation>
    </message>
    <message>
        <source>One row per account: name, service, status, token, time until expiry and last refresh</source>
        <translation>Una fila por cuenta: nombre, servicio, estado, token, tiempo hasta la expiración y última actualización</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Cuenta seleccionada</translation>
    </message>
    <message>
        <source>Copy &amp;Error Details</source>
        <translation>Copiar detalles del &amp;error</translation>
    </message>
    <message>
        <source>Copy the error details with both correlation vectors</source>
        <translation>Copiar los detalles del error con ambos vectores de correlación</translation>
    </message>
    <message>
        <source>Copied the error details.</source>
        <translation>Se copiaron los detalles del error.</translation>
    </message>
    <message>
        <source>Where keys are kept</source>
        <translation>Dónde se guardan las claves</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Cuenta atrás del portapapeles</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>&amp;Registro de solicitudes</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>Copiar &amp;token</translation>
    </message>
    <message>
        <source>&amp;Show MrAuth</source>
        <translation>&amp;Mostrar MrAuth</translation>
    </message>
    <message>
        <source>Keys: waiting for the keychain…</source>
        <translation>Claves: esperando al llavero…</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>Claves: llavero del sistema</translation>
    </message>
    <message>
        <source>Keys: in memory only</source>
        <translation>Claves: solo en memoria</translation>
    </message>
    <message>
        <source>Keys and secrets are kept in %1.</source>
        <translation>Ubicación de las claves y los secretos: %1.</translation>
    </message>
    <message>
        <source>Select an account.</source>
        <translation>Seleccione una cuenta.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its keys and secrets are deleted from %2.</source>
        <translation>¿Quitar «%1»? Sus claves y secretos se eliminarán (ubicación: %2).</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>A secret of the removed account could not be deleted: %1</source>
        <translation>No se pudo eliminar un secreto de la cuenta quitada: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Getting a token for &quot;%1&quot; to copy…</source>
        <translation>Obteniendo un token de «%1» para copiarlo…</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;; the clipboard clears in %3 s.</source>
        <translation>Copiado (%1) para «%2»; el portapapeles se borra en %3 s.</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;.</source>
        <translation>Copiado (%1) para «%2».</translation>
    </message>
    <message>
        <source>Nothing was copied: &quot;%1&quot; has no token (%2).</source>
        <translation>No se copió nada: «%1» no tiene token (%2).</translation>
    </message>
    <message>
        <source>Token refresh failed</source>
        <translation>Error al actualizar el token</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json);;All files (*)</source>
        <translation>Listas de cuentas de MrAuth (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>Se importó %n cuenta.</numerusform>
            <numerusform>Se importaron %n cuentas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) already present.</source>
        <translation>
            <numerusform>%n cuenta ya existía.</numerusform>
            <numerusform>%n cuentas ya existían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n entrada.</numerusform>
            <numerusform>No se pudieron leer %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no secrets: edit each imported account to enter its keys or client secret.</source>
        <translation>La lista no contiene secretos: edite cada cuenta importada para escribir sus claves o su secreto de cliente.</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json)</source>
        <translation>Listas de cuentas de MrAuth (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>Se exportó %n cuenta a %1 (sin secretos).</numerusform>
            <numerusform>Se exportaron %n cuentas a %1 (sin secretos).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain is unreachable or locked.&lt;/b&gt; %1&lt;br&gt;MrAuth never keeps keys anywhere else. Unlock your keyring, then retry.</source>
        <translation>&lt;b&gt;No se puede acceder al llavero o está bloqueado.&lt;/b&gt; %1&lt;br&gt;MrAuth nunca guarda las claves en otro lugar. Desbloquee su llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>The keychain is available again.</source>
        <translation>El llavero vuelve a estar disponible.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Starting the local STS emulator…</source>
        <translation>&lt;b&gt;Modo demo.&lt;/b&gt; Iniciando el emulador de STS local…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The demo accounts get their tokens from the local STS emulator at %1.</source>
        <translation>&lt;b&gt;Modo demo.&lt;/b&gt; Las cuentas de demostración obtienen sus tokens del emulador de STS local en %1.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the demo keys are kept in memory only.</source>
        <translation>No se puede acceder a ningún llavero (%1), así que las claves de demostración solo se guardan en memoria.</translation>
    </message>
    <message>
        <source>The demo keys are in the keychain under &quot;mrauth-demo&quot;, apart from your own.</source>
        <translation>Las claves de demostración están en el llavero con el nombre «mrauth-demo», separadas de las suyas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudo iniciar el modo demo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;:&lt;/b&gt; open &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; and enter the code &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (valid until %4).</source>
        <translation>&lt;b&gt;Inicio de sesión para «%1»:&lt;/b&gt; abra &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; y escriba el código &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (válido hasta %4).</translation>
    </message>
    <message>
        <source>%1: enter the code %2 at %3</source>
        <translation>%1: escriba el código %2 en %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;&lt;/b&gt; in your browser; MrAuth waits for it (%2).</source>
        <translation>&lt;b&gt;Inicie sesión para «%1»&lt;/b&gt; en el explorador; MrAuth lo espera (%2).</translation>
    </message>
</context>
<context>
    <name>MrAuth::ManagedIdentityCredential</name>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; is not a valid http(s) URL.</source>
        <translation>El punto de conexión de identidad administrada &apos;%1&apos; no es una URL http(s) válida.</translation>
    </message>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; uses plain http off this machine. Use https.</source>
        <translation>El punto de conexión de identidad administrada &apos;%1&apos; usa http sin cifrar fuera de este equipo. Use https.</translation>
    </message>
    <message>
        <source>the managed identity endpoint</source>
        <translation>punto de conexión de identidad administrada</translation>
    </message>
    <message>
        <source>No managed identity endpoint answered at %1: this does not look like an Azure host with a managed identity. (%2)</source>
        <translation>Ningún punto de conexión de identidad administrada respondió en %1: no parece un host de Azure con una identidad administrada. (%2)</translation>
    </message>
    <message>
        <source>The managed identity endpoint has no identity to give: %1</source>
        <translation>El punto de conexión de identidad administrada no tiene ninguna identidad que proporcionar: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MemorySecretStore</name>
    <message>
        <source>memory only (lost when the app quits)</source>
        <translation>solo memoria (se pierde al cerrar la aplicación)</translation>
    </message>
    <message>
        <source>No such secret.</source>
        <translation>No existe ese secreto.</translation>
    </message>
</context>
<context>
    <name>MrAuth::Messages</name>
    <message>
        <source>The Azure CLI printed something that is not the JSON object of &apos;az account get-access-token&apos;.</source>
        <translation>La Azure CLI mostró algo que no es el objeto JSON de &apos;az account get-access-token&apos;.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no accessToken.</source>
        <translation>La respuesta de la Azure CLI no tiene accessToken.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has neither a usable expires_on nor expiresOn.</source>
        <translation>La respuesta de la Azure CLI no tiene ni un expires_on ni un expiresOn utilizables.</translation>
    </message>
    <message>
        <source>The Azure CLI is not logged in: run &apos;az login&apos;. It said: %1</source>
        <translation>La Azure CLI no tiene una sesión iniciada: ejecute &apos;az login&apos;. Respondió: %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1 and said nothing.</source>
        <translation>La Azure CLI falló con el código de salida %1 sin dar ningún mensaje.</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1: %2</source>
        <translation>La Azure CLI falló con el código de salida %1: %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried a state that does not belong to this sign-in; it was ignored.</source>
        <translation>La redirección de inicio de sesión traía un state que no pertenece a este inicio de sesión; se ha omitido.</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>Error de inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The sign-in failed (%1): %2</source>
        <translation>Error de inicio de sesión (%1): %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation>La redirección de inicio de sesión no traía ningún código de autorización.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2</source>
        <translation>No se puede escuchar en 127.0.0.1:%1 para la redirección de inicio de sesión: %2</translation>
    </message>
    <message>
        <source>The tenant ID is empty: give the directory&apos;s ID (a GUID) or domain, such as &apos;contoso.onmicrosoft.com&apos;.</source>
        <translation>El ID de inquilino está vacío: indique el ID (un GUID) o el dominio del directorio, como &apos;contoso.onmicrosoft.com&apos;.</translation>
    </message>
    <message>
        <source>The tenant ID &apos;%1&apos; is not valid: it must be a GUID or a domain name (letters, digits, &apos;.&apos; and &apos;-&apos;).</source>
        <translation>El ID de inquilino &apos;%1&apos; no es válido: debe ser un GUID o un nombre de dominio (letras, dígitos, &apos;.&apos; y &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The tenant ID is the all-zero GUID, which no directory has.</source>
        <translation>El ID de inquilino es el GUID formado solo por ceros, que ningún directorio tiene.</translation>
    </message>
    <message>
        <source>The tenant &apos;consumers&apos; is for personal Microsoft accounts, which Mixed Reality does not accept: use your organisation&apos;s tenant.</source>
        <translation>El inquilino &apos;consumers&apos; es para cuentas personales de Microsoft, que Mixed Reality no acepta: use el inquilino de su organización.</translation>
    </message>
    <message>
        <source>The tenant &apos;%1&apos; stands for many directories; this sign-in needs the one directory of the application or identity.</source>
        <translation>El inquilino &apos;%1&apos; representa muchos directorios; este inicio de sesión necesita el directorio concreto de la aplicación o identidad.</translation>
    </message>
    <message>
        <source>The client ID is empty: give the application (client) ID of the app registration.</source>
        <translation>El ID de cliente está vacío: indique el ID de aplicación (cliente) del registro de aplicación.</translation>
    </message>
    <message>
        <source>The client ID &apos;%1&apos; is not a GUID: give the application (client) ID of the app registration.</source>
        <translation>El ID de cliente &apos;%1&apos; no es un GUID: indique el ID de aplicación (cliente) del registro de aplicación.</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; is not valid: it must be https://host[:port], such as &apos;https://login.microsoftonline.com&apos;.</source>
        <translation>El host de autoridad &apos;%1&apos; no es válido: debe ser https://host[:port], como &apos;https://login.microsoftonline.com&apos;.</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>El host de autoridad &apos;%1&apos; usa http sin cifrar, que solo se permite en este equipo (bucle invertido). Use https.</translation>
    </message>
    <message>
        <source>This credential takes exactly one scope, not %1.</source>
        <translation>Esta credencial admite exactamente un ámbito, no %1.</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; has characters a scope cannot have.</source>
        <translation>El ámbito &apos;%1&apos; tiene caracteres que un ámbito no puede tener.</translation>
    </message>
    <message>
        <source>The token response is not a JSON object.</source>
        <translation>La respuesta del token no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation>La respuesta del token no tiene access_token.</translation>
    </message>
    <message>
        <source>The token response has token_type &apos;%1&apos;, not Bearer.</source>
        <translation>La respuesta del token tiene el token_type &apos;%1&apos;, no Bearer.</translation>
    </message>
    <message>
        <source>The token response says neither expires_in nor expires_on, and the token has no exp claim.</source>
        <translation>La respuesta del token no indica ni expires_in ni expires_on, y el token no tiene la notificación exp.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 respondió con HTTP %2.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3).</source>
        <translation>%1 rechazó la solicitud (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3): %4</source>
        <translation>%1 rechazó la solicitud (HTTP %2, %3): %4</translation>
    </message>
    <message>
        <source>[trace ID %1, correlation ID %2]</source>
        <translation>[ID de seguimiento %1, ID de correlación %2]</translation>
    </message>
    <message>
        <source>The device code response is not a JSON object.</source>
        <translation>La respuesta del código de dispositivo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The device code response lacks device_code, user_code or a valid verification_uri.</source>
        <translation>A la respuesta del código de dispositivo le falta device_code, user_code o una verification_uri válida.</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Para iniciar sesión, use un explorador web para abrir la página %1 y escriba el código %2 para autenticarse.</translation>
    </message>
    <message>
        <source>The chain has no credentials to try.</source>
        <translation>La cadena no tiene credenciales que probar.</translation>
    </message>
    <message>
        <source>No credential in the chain could provide a token:</source>
        <translation>Ninguna credencial de la cadena pudo proporcionar un token:</translation>
    </message>
    <message>
        <source>%1 failed, which ends the chain (a credential that is set up but fails is reported, not skipped):</source>
        <translation>%1 falló, lo que termina la cadena (una credencial configurada que falla se notifica, no se omite):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a region, not an account domain: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; es una región, no un dominio de cuenta: ¿quería decir &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>An account domain has dots, like &apos;eastus.mixedreality.azure.com&apos;; &apos;%1&apos; has none.</source>
        <translation>Un dominio de cuenta tiene puntos, como &apos;eastus.mixedreality.azure.com&apos;; &apos;%1&apos; no tiene ninguno.</translation>
    </message>
    <message>
        <source>The host %1 of %2 was not found.</source>
        <translation>No se encontró el host %1 de %2.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Error en la conexión TLS con %1: %2</translation>
    </message>
    <message>
        <source>%1 redirected in a way that is not allowed: %2</source>
        <translation>%1 redirigió de una forma no permitida: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n ms.</source>
        <translation>
            <numerusform>%1 no respondió en %n ms.</numerusform>
            <numerusform>%1 no respondió en %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Error en la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Error en la solicitud a %1: %2</translation>
    </message>
    <message>
        <source>The network access manager was deleted before the request.</source>
        <translation>El administrador de acceso a la red se eliminó antes de la solicitud.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the credential was not sent there.</source>
        <translation>%1 redirigió a %2, otro origen; la credencial no se envió allí.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>La respuesta supera los %1 bytes.</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP status.</source>
        <translation>%1 cerró la conexión sin un estado HTTP.</translation>
    </message>
    <message>
        <source>The request was canceled: its network access manager was deleted.</source>
        <translation>Se canceló la solicitud: se eliminó su administrador de acceso a la red.</translation>
    </message>
    <message>
        <source>HTTP %2 from %1.</source>
        <translation>HTTP %2 de %1.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>El token está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The token is not a JWT: it has %n segment(s) instead of three.</source>
        <translation>
            <numerusform>El token no es un JWT: tiene %n segmento en lugar de tres.</numerusform>
            <numerusform>El token no es un JWT: tiene %n segmentos en lugar de tres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>La carga útil del token no es JSON codificado en base64url.</translation>
    </message>
    <message>
        <source>The token has no numeric expiry (exp) claim.</source>
        <translation>El token no tiene una notificación de expiración (exp) numérica.</translation>
    </message>
    <message>
        <source>The account ID is empty.</source>
        <translation>El ID de cuenta está vacío.</translation>
    </message>
    <message>
        <source>The account ID is the all-zero GUID, which no account has.</source>
        <translation>El ID de cuenta es el GUID formado solo por ceros, que ninguna cuenta tiene.</translation>
    </message>
    <message>
        <source>The account ID &apos;%1&apos; is not a GUID (like 87e9abb1-79b9-4502-bbae-cfae8c610f23).</source>
        <translation>El ID de cuenta &apos;%1&apos; no es un GUID (como 87e9abb1-79b9-4502-bbae-cfae8c610f23).</translation>
    </message>
    <message>
        <source>The account ID must be a bare GUID, without braces.</source>
        <translation>El ID de cuenta debe ser un GUID simple, sin llaves.</translation>
    </message>
    <message>
        <source>The accountDomain is empty: give the account&apos;s domain, for example &apos;eastus.mixedreality.azure.com&apos;.</source>
        <translation>accountDomain está vacío: indique el dominio de la cuenta, por ejemplo, &apos;eastus.mixedreality.azure.com&apos;.</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not valid. %2</source>
        <translation>accountDomain &apos;%1&apos; no es válido. %2</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not a valid host name.</source>
        <translation>accountDomain &apos;%1&apos; no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; is not a valid URL: it must be https://host[:port][/path].</source>
        <translation>El punto de conexión personalizado &apos;%1&apos; no es una URL válida: debe ser https://host[:port][/path].</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>El punto de conexión personalizado &apos;%1&apos; usa http sin cifrar, que solo se permite en este equipo (bucle invertido). Use https.</translation>
    </message>
    <message>
        <source>The STS answered 200 but the body is not a JSON object.</source>
        <translation>El STS respondió 200, pero el cuerpo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The STS answered 200 without an AccessToken.</source>
        <translation>El STS respondió 200 sin AccessToken.</translation>
    </message>
    <message>
        <source>The STS returned a token that cannot be used: %1</source>
        <translation>El STS devolvió un token que no se puede usar: %1</translation>
    </message>
    <message>
        <source>The STS rejected the request as invalid (HTTP 400).</source>
        <translation>El STS rechazó la solicitud por no válida (HTTP 400).</translation>
    </message>
    <message>
        <source>The STS rejected the credential (HTTP 401): check the account ID and key, or the Azure AD token.</source>
        <translation>El STS rechazó la credencial (HTTP 401): compruebe el ID de cuenta y la clave, o el token de Azure AD.</translation>
    </message>
    <message>
        <source>The STS refused access (HTTP 403): the Azure AD principal has no role on this account.</source>
        <translation>El STS denegó el acceso (HTTP 403): la entidad de seguridad de Azure AD no tiene ningún rol en esta cuenta.</translation>
    </message>
    <message>
        <source>The STS does not know this account (HTTP 404): check the account ID and domain.</source>
        <translation>El STS no conoce esta cuenta (HTTP 404): compruebe el ID de cuenta y el dominio.</translation>
    </message>
    <message>
        <source>The STS is throttling requests (HTTP 429); retries did not get through.</source>
        <translation>El STS está limitando las solicitudes (HTTP 429); los reintentos no lo lograron.</translation>
    </message>
    <message>
        <source>The STS failed with a server error (HTTP %1).</source>
        <translation>El STS falló con un error del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The STS answered with HTTP %1.</source>
        <translation>El STS respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityAccountKeyCredential</name>
    <message>
        <source>The account key is empty: copy a primary or secondary key from the account&apos;s Keys page.</source>
        <translation>La clave de cuenta está vacía: copie una clave principal o secundaria de la página Claves de la cuenta.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityStsClient</name>
    <message>
        <source>No credential was given.</source>
        <translation>No se indicó ninguna credencial.</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityTokenCredential</name>
    <message>
        <source>The credential was destroyed before the token arrived.</source>
        <translation>La credencial se destruyó antes de que llegara el token.</translation>
    </message>
</context>
<context>
    <name>MrAuth::RequestLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
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
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretInput</name>
    <message>
        <source>Enter the %1 (it is not shown), then press Enter: </source>
        <translation>Escriba el valor «%1» (no se muestra) y presione Entrar: </translation>
    </message>
    <message>
        <source>Standard input ended before the %1 was read: pipe it in as one line.</source>
        <translation>La entrada estándar terminó antes de leer el valor «%1»: canalícelo como una sola línea.</translation>
    </message>
    <message>
        <source>The %1 read from standard input is empty.</source>
        <translation>El valor «%1» leído de la entrada estándar está vacío.</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretKind</name>
    <message>
        <source>primary key</source>
        <translation>clave principal</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>clave secundaria</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>Azure AD refresh token</source>
        <translation>token de actualización de Azure AD</translation>
    </message>
</context>
<context>
    <name>MrAuth::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Tokens and clipboard</source>
        <translation>Tokens y portapapeles</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation>Borrar el portapapeles tras, en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds in a spin box; keep the space if your language uses one.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>&amp;Borrar portapapeles tras:</translation>
    </message>
    <message>
        <source>Warn when a token expires within, in minutes</source>
        <translation>Avisar cuando un token expire en menos de, en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes in a spin box; keep the space if your language uses one.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Warn when expiring within:</source>
        <translation>A&amp;visar si expira en menos de:</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens automatically for new accounts</source>
        <translation>&amp;Actualizar tokens automáticamente para cuentas nuevas</translation>
    </message>
    <message>
        <source>Refresh tokens automatically for new accounts</source>
        <translation>Actualizar tokens automáticamente para cuentas nuevas</translation>
    </message>
    <message>
        <source>Refresh this long before expiry, in minutes</source>
        <translation>Actualizar con esta antelación a la expiración, en minutos</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>Actualizar an&amp;tes de expirar:</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy de red</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy del sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Si&amp;n proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manual:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manual</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>Un idioma nuevo se aplica cuando la aplicación se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Start &amp;minimised (in the tray when there is one)</source>
        <translation>Iniciar minimi&amp;zado (en la bandeja del sistema, si existe)</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Iniciar minimizado</translation>
    </message>
    <message>
        <source>Where MrAuth keeps its data</source>
        <translation>Dónde guarda MrAuth sus datos</translation>
    </message>
    <message>
        <source>Settings: %1
Accounts (no secrets): %2
Keys and secrets: %3</source>
        <translation>Configuración: %1
Cuentas (sin secretos): %2
Claves y secretos: %3</translation>
    </message>
</context>
<context>
    <name>MrAuth::StoredAccounts</name>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
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
        <translation>No se encontró el host de STS %1. Casi siempre se debe a un dominio de cuenta incorrecto: use el dominio completo de la cuenta, como &apos;eastus.mixedreality.azure.com&apos;, no solo la región.</translation>
    </message>
    <message>
        <source>A real STS response is about 1.2 KB.</source>
        <translation>Una respuesta real del STS ocupa unos 1,2 KB.</translation>
    </message>
    <message>
        <source>The credential could not provide a token for the STS: %1</source>
        <translation>La credencial no pudo proporcionar un token para el STS: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TimeFormat</name>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 d %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoard</name>
    <message>
        <source>No secret store.</source>
        <translation>No hay almacén de secretos.</translation>
    </message>
    <message>
        <source>No %1 is stored for &quot;%2&quot;. Edit the account to enter it.</source>
        <translation>No hay ningún valor «%1» almacenado para «%2». Edite la cuenta para escribirlo.</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>actualización automática</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>actualización</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoardModel</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>WWW-Authenticate: %1</source>
        <translation>WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>Request CV (X-MRC-CV): %1</source>
        <translation>CV de solicitud (X-MRC-CV): %1</translation>
    </message>
    <message>
        <source>none (no request sent)</source>
        <translation>ninguno (no se envió ninguna solicitud)</translation>
    </message>
    <message>
        <source>Response CV (MS-CV): %1</source>
        <translation>CV de respuesta (MS-CV): %1</translation>
    </message>
    <message>
        <source>none (no response received)</source>
        <translation>ninguno (no se recibió ninguna respuesta)</translation>
    </message>
    <message>
        <source>Account ID: %1
Account domain: %2
Authentication: %3</source>
        <translation>ID de cuenta: %1
Dominio de la cuenta: %2
Autenticación: %3</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Sin token</translation>
    </message>
    <message>
        <source>The token is shown in clear.</source>
        <translation>El token se muestra sin ocultar.</translation>
    </message>
    <message>
        <source>The token is hidden; reveal it to read it.</source>
        <translation>El token está oculto; muéstrelo para leerlo.</translation>
    </message>
    <message>
        <source>Token shown</source>
        <translation>Token visible</translation>
    </message>
    <message>
        <source>Token hidden</source>
        <translation>Token oculto</translation>
    </message>
    <message>
        <source>Expires %1
%2</source>
        <translation>Expira el %1
%2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirado %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expira en</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenCommand</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>El archivo de CA %1 no existe.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Para iniciar sesión, abra %1 y escriba el código %2.</translation>
    </message>
    <message>
        <source>%1: finish the sign-in in the browser that opened.</source>
        <translation>%1: finalice el inicio de sesión en el explorador que se abrió.</translation>
    </message>
    <message>
        <source>Azure AD</source>
        <translation>Azure AD</translation>
    </message>
    <message>
        <source>--key-slot chooses an account key, but &apos;%1&apos; signs in with Azure AD.</source>
        <translation>--key-slot elige una clave de cuenta, pero &apos;%1&apos; inicia sesión con Azure AD.</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>Todavía no hay ninguna cuenta almacenada; agregue una con &apos;mrauth accounts add NAME …&apos;.</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>clave de cuenta</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenDetailsDialog</name>
    <message>
        <source>Token Details — %1</source>
        <translation>Detalles del token — %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de cuenta:</translation>
    </message>
    <message>
        <source>Account domain:</source>
        <translation>Dominio de la cuenta:</translation>
    </message>
    <message>
        <source>&amp;Raw token</source>
        <translation>Token en &amp;bruto</translation>
    </message>
    <message>
        <source>Raw token</source>
        <translation>Token en bruto</translation>
    </message>
    <message>
        <source>&amp;Show Raw Token</source>
        <translation>&amp;Mostrar token en bruto</translation>
    </message>
    <message>
        <source>Show raw token</source>
        <translation>Mostrar token en bruto</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>&amp;Copiar token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>&amp;Hide Raw Token</source>
        <translation>&amp;Ocultar token en bruto</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenEntry</name>
    <message>
        <source>Not fetched</source>
        <translation>Sin obtener</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expira pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Obteniendo…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenFetcher</name>
    <message>
        <source>No token within %1 s (--timeout).</source>
        <translation>No hay token en %1 s (--timeout).</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenInspection</name>
    <message>
        <source>Not a JSON Web Token: %1</source>
        <translation>No es un JSON Web Token: %1</translation>
    </message>
    <message>
        <source>The token has no usable expiry: %1</source>
        <translation>El token no tiene una expiración utilizable: %1</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1 (%2).</source>
        <translation>Aún no es válido: válido desde %1 (%2).</translation>
    </message>
    <message>
        <source>Valid for another %1 (until %2).</source>
        <translation>Válido durante %1 más (hasta %2).</translation>
    </message>
    <message>
        <source>Expired %1 (at %2).</source>
        <translation>Expiró %1 (el %2).</translation>
    </message>
    <message>
        <source>Signature algorithm (RS256: RSA signature with SHA-256)</source>
        <translation>Algoritmo de firma (RS256: firma RSA con SHA-256)</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token</source>
        <translation>ID de clave: cuál de las claves del emisor firmó el token</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1) of the signing certificate</source>
        <translation>Huella digital (SHA-1) del certificado de firma</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Account ID: the Mixed Reality account the token gives access to</source>
        <translation>ID de cuenta: la cuenta de Mixed Reality a la que el token da acceso</translation>
    </message>
    <message>
        <source>Account ID the token was requested for</source>
        <translation>ID de cuenta para el que se solicitó el token</translation>
    </message>
    <message>
        <source>Account region, such as eastus</source>
        <translation>Región de la cuenta, como eastus</translation>
    </message>
    <message>
        <source>Azure resource ID of the account (subscription, resource group, name)</source>
        <translation>ID de recurso de Azure de la cuenta (suscripción, grupo de recursos, nombre)</translation>
    </message>
    <message>
        <source>Issuer: the STS that issued and signed the token</source>
        <translation>Emisor: el STS que emitió y firmó el token</translation>
    </message>
    <message>
        <source>Audience: the service host that accepts the token</source>
        <translation>Audiencia: el host de servicio que acepta el token</translation>
    </message>
    <message>
        <source>Azure AD tenant of the caller (all zeros for account-key sign-in)</source>
        <translation>Inquilino de Azure AD del autor de la llamada (todo ceros para el inicio de sesión con clave de cuenta)</translation>
    </message>
    <message>
        <source>How the caller signed in (account key or Azure AD)</source>
        <translation>Cómo inició sesión el autor de la llamada (clave de cuenta o Azure AD)</translation>
    </message>
    <message>
        <source>Whether the caller has owner access to the account</source>
        <translation>Si el autor de la llamada tiene acceso de propietario a la cuenta</translation>
    </message>
    <message>
        <source>Token ID, unique for each token</source>
        <translation>ID del token, único para cada token</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>No válido antes de</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expira el</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenReply</name>
    <message>
        <source>The request was canceled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenRequest</name>
    <message>
        <source>--all gets every stored account; give no NAME with it.</source>
        <translation>--all obtiene todas las cuentas almacenadas; no indique ningún NAME con esta opción.</translation>
    </message>
    <message>
        <source>--all is for the stored accounts; %1 describes an ad-hoc account.</source>
        <translation>--all es para las cuentas almacenadas; %1 describe una cuenta ad hoc.</translation>
    </message>
    <message>
        <source>--all prints every account&apos;s token; it cannot --copy.</source>
        <translation>--all muestra el token de cada cuenta; no se puede usar con --copy.</translation>
    </message>
    <message>
        <source>--all prints a JSON array; use --format json or no --format.</source>
        <translation>--all muestra una matriz JSON; use --format json o no use --format.</translation>
    </message>
    <message>
        <source>NAME is a stored account, and %1 describes an ad-hoc account: give one or the other.</source>
        <translation>NAME es una cuenta almacenada y %1 describe una cuenta ad hoc: indique una cosa o la otra.</translation>
    </message>
    <message>
        <source>Name a stored account (see &apos;mrauth accounts list&apos;), use --all, or describe an ad-hoc account with --account-id and --account-domain (or MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>Indique una cuenta almacenada (vea &apos;mrauth accounts list&apos;), use --all o describa una cuenta ad hoc con --account-id y --account-domain (o MIXEDREALITY_ACCOUNT_ID y MIXEDREALITY_ACCOUNT_DOMAIN).</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-id (or MIXEDREALITY_ACCOUNT_ID).</source>
        <translation>La cuenta ad hoc necesita --account-id (o MIXEDREALITY_ACCOUNT_ID).</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-domain (or MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>La cuenta ad hoc necesita --account-domain (o MIXEDREALITY_ACCOUNT_DOMAIN).</translation>
    </message>
    <message>
        <source>--key-slot chooses between a stored account&apos;s keys; an ad-hoc account has the one key it is given.</source>
        <translation>--key-slot elige entre las claves de una cuenta almacenada; una cuenta ad hoc solo tiene la clave que se le proporciona.</translation>
    </message>
    <message>
        <source>ad-hoc account</source>
        <translation>cuenta ad hoc</translation>
    </message>
    <message>
        <source>ad-hoc service</source>
        <translation>servicio ad hoc</translation>
    </message>
    <message>
        <source>Choose one Azure AD sign-in: --client-secret-stdin, --device-code or --azure-cli.</source>
        <translation>Elija un solo inicio de sesión de Azure AD: --client-secret-stdin, --device-code o --azure-cli.</translation>
    </message>
    <message>
        <source>The ad-hoc account needs its key: pipe it to --key-stdin or set MIXEDREALITY_ACCOUNT_KEY (secrets are never taken as arguments).</source>
        <translation>La cuenta ad hoc necesita su clave: canalícela a --key-stdin o defina MIXEDREALITY_ACCOUNT_KEY (nunca se aceptan secretos como argumentos).</translation>
    </message>
    <message>
        <source>--key-stdin is for account keys, not for Azure AD sign-in.</source>
        <translation>--key-stdin es para claves de cuenta, no para el inicio de sesión de Azure AD.</translation>
    </message>
    <message>
        <source>--tenant-id and --client-id need a way to sign in: --client-secret-stdin (or AZURE_CLIENT_SECRET), --device-code or --azure-cli.</source>
        <translation>--tenant-id y --client-id necesitan un modo de iniciar sesión: --client-secret-stdin (o AZURE_CLIENT_SECRET), --device-code o --azure-cli.</translation>
    </message>
    <message>
        <source>--azure-cli signs in as the Azure CLI&apos;s account; it takes no --client-id.</source>
        <translation>--azure-cli inicia sesión con la cuenta de la Azure CLI; no admite --client-id.</translation>
    </message>
    <message>
        <source>--endpoint needs a URL.</source>
        <translation>--endpoint necesita una URL.</translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation>--ca-file necesita la ruta de un archivo PEM.</translation>
    </message>
    <message>
        <source>--clear-after goes with --copy.</source>
        <translation>--clear-after va con --copy.</translation>
    </message>
    <message>
        <source>--clear-after needs a whole number of seconds from 0 to 86400.</source>
        <translation>--clear-after necesita un número entero de segundos entre 0 y 86400.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0 (fractions allowed).</source>
        <translation>--timeout necesita un número de segundos mayor que 0 (se permiten decimales).</translation>
    </message>
    <message>
        <source>--retries needs a whole number from 0 to 10.</source>
        <translation>--retries necesita un número entero entre 0 y 10.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mixed Reality access tokens: accounts in the system keychain, live tokens, safe copying.</source>
        <translation>Tokens de acceso de Mixed Reality: cuentas en el llavero del sistema, tokens actualizados, copia segura.</translation>
    </message>
    <message>
        <source>Start the local STS emulator and show its demo accounts (kept apart from your own).</source>
        <translation>Iniciar el emulador de STS local y mostrar sus cuentas de demostración (separadas de las suyas).</translation>
    </message>
    <message>
        <source>Start in demo mode when you have no accounts yet.</source>
        <translation>Iniciar en modo demo si todavía no tiene cuentas.</translation>
    </message>
</context>
</TS>
