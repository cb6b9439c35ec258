<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>在令牌到达之前凭据已被销毁。</translation>
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
        <translation>自定义服务</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>帐户需要名称。</translation>
    </message>
    <message>
        <source>A custom service needs a name.</source>
        <translation>自定义服务需要名称。</translation>
    </message>
    <message>
        <source>The authority host must be an https URL, such as https://login.microsoftonline.com.</source>
        <translation>颁发机构主机必须是 https URL，例如 https://login.microsoftonline.com。</translation>
    </message>
    <message>
        <source>An account entry has no valid &quot;id&quot;.</source>
        <translation>某个帐户条目没有有效的 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>An account entry has no &quot;name&quot;.</source>
        <translation>某个帐户条目没有 &quot;name&quot;。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown service.</source>
        <translation>帐户“%1”的服务未知。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; lacks its account id or domain.</source>
        <translation>帐户“%1”缺少帐户 ID 或域。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid STS endpoint.</source>
        <translation>帐户“%1”的 STS 终结点无效。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown authentication mode.</source>
        <translation>帐户“%1”的身份验证模式未知。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown key slot.</source>
        <translation>帐户“%1”的密钥槽未知。</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>帐户密钥</translation>
    </message>
    <message>
        <source>Azure AD: client secret</source>
        <translation>Azure AD: 客户端密码</translation>
    </message>
    <message>
        <source>Azure AD: device code</source>
        <translation>Azure AD: 设备代码</translation>
    </message>
    <message>
        <source>Azure AD: interactive browser</source>
        <translation>Azure AD: 交互式浏览器</translation>
    </message>
    <message>
        <source>Azure AD: Azure CLI</source>
        <translation>Azure AD: Azure CLI</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主密钥</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>辅助密钥</translation>
    </message>
    <message>
        <source>Enter the account ID, a GUID such as 87e9abb1-79b9-4502-bbae-cfae8c610f23.</source>
        <translation>输入帐户 ID，即 GUID，例如 87e9abb1-79b9-4502-bbae-cfae8c610f23。</translation>
    </message>
    <message>
        <source>The account ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>帐户 ID 必须是 GUID (8-4-4-4-12 位十六进制数字)。</translation>
    </message>
    <message>
        <source>The all-zero GUID is not an account ID.</source>
        <translation>全零 GUID 不是帐户 ID。</translation>
    </message>
    <message>
        <source>Enter the account domain, such as eastus.mixedreality.azure.com.</source>
        <translation>输入帐户域，例如 eastus.mixedreality.azure.com。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name.</source>
        <translation>“%1”不是有效的域名。</translation>
    </message>
    <message>
        <source>The custom STS endpoint is not a valid URL.</source>
        <translation>自定义 STS 终结点不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback endpoints; use https.</source>
        <translation>仅环回终结点允许使用纯 http；请使用 https。</translation>
    </message>
    <message>
        <source>The custom STS endpoint must be an https URL.</source>
        <translation>自定义 STS 终结点必须是 https URL。</translation>
    </message>
    <message>
        <source>Enter the Azure AD tenant ID (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>输入 Azure AD 租户 ID (GUID 或域，例如 contoso.onmicrosoft.com)。</translation>
    </message>
    <message>
        <source>The tenant ID must be a GUID or a domain name.</source>
        <translation>租户 ID 必须是 GUID 或域名。</translation>
    </message>
    <message>
        <source>Enter the Azure AD application (client) ID, a GUID.</source>
        <translation>输入 Azure AD 应用程序(客户端) ID，即 GUID。</translation>
    </message>
    <message>
        <source>The client ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>客户端 ID 必须是 GUID (8-4-4-4-12 位十六进制数字)。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid service URL.</source>
        <translation>帐户“%1”的服务 URL 无效。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid authority host.</source>
        <translation>帐户“%1”的颁发机构主机无效。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountConnection</name>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>CA 证书文件 %1 不包含 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>添加帐户</translation>
    </message>
    <message>
        <source>Edit Account — %1</source>
        <translation>编辑帐户 — %1</translation>
    </message>
    <message>
        <source>Duplicate Account — %1</source>
        <translation>创建帐户副本 — %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (副本)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>How the account appears in MrAuth</source>
        <translation>帐户在 MrAuth 中的显示名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S):</translation>
    </message>
    <message>
        <source>Custom service name</source>
        <translation>自定义服务名称</translation>
    </message>
    <message>
        <source>Service na&amp;me:</source>
        <translation>服务名称(&amp;M):</translation>
    </message>
    <message>
        <source>Custom service URL</source>
        <translation>自定义服务 URL</translation>
    </message>
    <message>
        <source>https://service.example.com/ (for the curl command)</source>
        <translation>https://service.example.com/ (用于 curl 命令)</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>服务 URL(&amp;U):</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>帐户 ID</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>帐户 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>自定义域</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R):</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>帐户域</translation>
    </message>
    <message>
        <source>eastus.mixedreality.azure.com</source>
        <translation>eastus.mixedreality.azure.com</translation>
    </message>
    <message>
        <source>Account &amp;domain:</source>
        <translation>帐户域(&amp;D):</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S):</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主密钥</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>辅助密钥</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>主密钥(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;econdary key:</source>
        <translation>辅助密钥(&amp;E):</translation>
    </message>
    <message>
        <source>Use pr&amp;imary</source>
        <translation>使用主密钥(&amp;I)</translation>
    </message>
    <message>
        <source>Use the primary key</source>
        <translation>使用主密钥</translation>
    </message>
    <message>
        <source>Use secon&amp;dary</source>
        <translation>使用辅助密钥(&amp;D)</translation>
    </message>
    <message>
        <source>Use the secondary key</source>
        <translation>使用辅助密钥</translation>
    </message>
    <message>
        <source>Key in use:</source>
        <translation>使用中的密钥:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <source>GUID or contoso.onmicrosoft.com</source>
        <translation>GUID 或 contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>颁发机构主机</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>租户 ID(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>客户端 ID(&amp;L):</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>客户端密码(&amp;C):</translation>
    </message>
    <message>
        <source>Au&amp;thority host:</source>
        <translation>颁发机构主机(&amp;T):</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>范围(&amp;O):</translation>
    </message>
    <message>
        <source>Connection (optional)</source>
        <translation>连接(可选)</translation>
    </message>
    <message>
        <source>Custom STS endpoint</source>
        <translation>自定义 STS 终结点</translation>
    </message>
    <message>
        <source>https://sts.&lt;account domain&gt; (default)</source>
        <translation>https://sts.&lt;帐户域&gt; (默认)</translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation>STS 终结点(&amp;P):</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>额外的 CA 证书文件</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust (optional)</source>
        <translation>要信任的私有 CA 的 PEM 文件(可选)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate</source>
        <translation>浏览 CA 证书</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 证书(&amp;A):</translation>
    </message>
    <message>
        <source>Refresh the token &amp;automatically before it expires</source>
        <translation>在令牌过期前自动刷新(&amp;A)</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the stored secrets from %1…</source>
        <translation>正在从%1读取已存储的机密…</translation>
    </message>
    <message>
        <source>The stored secrets could not be read: %1 Enter them again, or cancel and retry once the keychain is available.</source>
        <translation>无法读取已存储的机密: %1 请重新输入，或取消并在钥匙串可用后重试。</translation>
    </message>
    <message>
        <source>Enter the primary key, or use the secondary key.</source>
        <translation>输入主密钥，或使用辅助密钥。</translation>
    </message>
    <message>
        <source>Enter the secondary key, or use the primary key.</source>
        <translation>输入辅助密钥，或使用主密钥。</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>输入客户端密码。</translation>
    </message>
    <message>
        <source>✓ A valid account ID.</source>
        <translation>✓ 有效的帐户 ID。</translation>
    </message>
    <message>
        <source>A custom domain: the STS is https://sts.%1</source>
        <translation>自定义域: STS 为 https://sts.%1</translation>
    </message>
    <message>
        <source>✓ Region %1; the STS is https://sts.%2</source>
        <translation>✓ 区域 %1；STS 为 https://sts.%2</translation>
    </message>
    <message>
        <source>You will be shown a code to enter at the sign-in page on any device.</source>
        <translation>将显示一个代码，你可以在任意设备的登录页面上输入该代码。</translation>
    </message>
    <message>
        <source>Your browser opens for the sign-in; the app must allow the redirect URI http://localhost.</source>
        <translation>浏览器将打开以进行登录；应用必须允许重定向 URI http://localhost。</translation>
    </message>
    <message>
        <source>Uses the account signed in with &apos;az login&apos; (az must be on PATH).</source>
        <translation>使用通过 &apos;az login&apos; 登录的帐户 (az 必须在 PATH 中)。</translation>
    </message>
    <message>
        <source>optional: the CLI&apos;s tenant by default</source>
        <translation>可选: 默认为 CLI 的租户</translation>
    </message>
    <message>
        <source>Fix the form first: %1</source>
        <translation>请先修正表单: %1</translation>
    </message>
    <message>
        <source>Sign in: open %1 and enter the code %2. Waiting…</source>
        <translation>登录: 打开 %1 并输入代码 %2。正在等待…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser (%1)…</source>
        <translation>正在等待在浏览器中登录 (%1)…</translation>
    </message>
    <message>
        <source>Getting a token from the STS…</source>
        <translation>正在从 STS 获取令牌…</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>取消测试(&amp;T)</translation>
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
        <translation>✓ STS 已颁发令牌，有效期至 %1 (%2 毫秒)。
%3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>
HTTP status: %1</source>
        <translation>
HTTP 状态: %1</translation>
    </message>
    <message>
        <source>
WWW-Authenticate: %1</source>
        <translation>
WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Storing the secrets in %1…</source>
        <translation>正在将机密存储到%1…</translation>
    </message>
    <message>
        <source>The secrets could not be stored, so the account was not saved: %1</source>
        <translation>无法存储机密，因此未保存帐户: %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>显示或隐藏%1</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountEdit</name>
    <message>
        <source>The account needs a name that is not empty.</source>
        <translation>帐户需要非空的名称。</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already; change it with &apos;mrauth accounts edit %1&apos; or choose another name.</source>
        <translation>名为“%1”的帐户已存在；请使用 &apos;mrauth accounts edit %1&apos; 更改它，或选择其他名称。</translation>
    </message>
    <message>
        <source>--rename needs a name that is not empty.</source>
        <translation>--rename 需要非空的名称。</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already.</source>
        <translation>名为“%1”的帐户已存在。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>帐户 ID</translation>
    </message>
    <message>
        <source>Give --account-domain or --region, not both.</source>
        <translation>请指定 --account-domain 或 --region 之一，不要同时指定两者。</translation>
    </message>
    <message>
        <source>account domain</source>
        <translation>帐户域</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>service URL</source>
        <translation>服务 URL</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>STS 终结点</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Say how the account signs in to Azure AD with --auth client-secret, device-code, interactive-browser or azure-cli.</source>
        <translation>请使用 --auth client-secret、device-code、interactive-browser 或 azure-cli 指定帐户登录 Azure AD 的方式。</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>密钥槽</translation>
    </message>
    <message>
        <source>tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>authority host</source>
        <translation>颁发机构主机</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>Azure AD 范围</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>--%1 is for Azure AD sign-in, but the account uses an account key (choose the sign-in with --auth).</source>
        <translation>--%1 用于 Azure AD 登录，但该帐户使用帐户密钥 (请使用 --auth 选择登录方式)。</translation>
    </message>
    <message>
        <source>--key-slot is for account keys, but the account signs in with Azure AD.</source>
        <translation>--key-slot 用于帐户密钥，但该帐户通过 Azure AD 登录。</translation>
    </message>
    <message>
        <source>--key-stdin stores an account key, but the account signs in with Azure AD.</source>
        <translation>--key-stdin 存储帐户密钥，但该帐户通过 Azure AD 登录。</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主密钥</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>辅助密钥</translation>
    </message>
    <message>
        <source>--client-secret-stdin stores a client secret, but the account does not sign in with one (--auth client-secret).</source>
        <translation>--client-secret-stdin 存储客户端密码，但该帐户不使用客户端密码登录 (--auth client-secret)。</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation>没有要更改的内容: 请以选项形式指定要更改的字段。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountListFormat</name>
    <message>
        <source>Account &quot;%1&quot; appears twice; the second copy was ignored.</source>
        <translation>帐户“%1”出现了两次；已忽略第二个副本。</translation>
    </message>
    <message>
        <source>An account entry is not a JSON object.</source>
        <translation>某个帐户条目不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The file is not an MrAuth account list.</source>
        <translation>该文件不是 MrAuth 帐户列表。</translation>
    </message>
    <message>
        <source>The file was written by a newer MrAuth (format version %1).</source>
        <translation>该文件由较新版本的 MrAuth 写入 (格式版本 %1)。</translation>
    </message>
    <message>
        <source>The file has no account list.</source>
        <translation>该文件没有帐户列表。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>该文件不是有效的 JSON (第 %2 字节处: %1)。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountLookup</name>
    <message numerus="yes">
        <source>%n accounts are named &apos;%1&apos;.</source>
        <translation>
            <numerusform>有 %n 个帐户名为“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one by its id instead: %1.</source>
        <translation>请改用其 ID 指定: %1。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStore</name>
    <message>
        <source>The account has no id.</source>
        <translation>该帐户没有 ID。</translation>
    </message>
    <message>
        <source>The account is already in the list.</source>
        <translation>该帐户已在列表中。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists; another program may have removed it.</source>
        <translation>帐户“%1”已不存在；可能已被其他程序删除。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该帐户已不存在。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an MrAuth account list.</source>
        <translation>%1 不是 MrAuth 帐户列表。</translation>
    </message>
    <message>
        <source>The account list is locked by another program (%1). Try again in a moment.</source>
        <translation>帐户列表已被其他程序 (%1) 锁定。请稍后重试。</translation>
    </message>
    <message>
        <source>The damaged file could not be set aside; it was left as it is.</source>
        <translation>无法将损坏的文件移到一旁；已保留原样。</translation>
    </message>
    <message>
        <source>Could not save the account list to %1: %2</source>
        <translation>无法将帐户列表保存到 %1: %2</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStoreReport</name>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>无法读取帐户列表: %1</translation>
    </message>
    <message>
        <source>The account list was damaged and has been repaired.</source>
        <translation>帐户列表已损坏，现已修复。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) recovered.</source>
        <translation>
            <numerusform>已恢复 %n 个帐户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came from the backup.</source>
        <translation>
            <numerusform>其中 %n 个来自备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>有 %n 个条目无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>损坏的文件已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsCommand</name>
    <message>
        <source>No account is stored yet. Add one with:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</source>
        <translation>尚未存储任何帐户。使用以下命令添加:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</translation>
    </message>
    <message>
        <source>Warning: the keychain could not be read: %1</source>
        <translation>警告: 无法读取钥匙串: %1</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;; %2 stored in %3.</source>
        <translation>已添加“%1”；%2已存储到%3。</translation>
    </message>
    <message>
        <source>No key is stored yet; store it with: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</source>
        <translation>尚未存储密钥；使用以下命令存储: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</translation>
    </message>
    <message>
        <source>No client secret is stored yet; store it with: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</source>
        <translation>尚未存储客户端密码；使用以下命令存储: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2).</source>
        <translation>已更新“%1” (%2)。</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2); %3 stored in %4.</source>
        <translation>已更新“%1” (%2)；%3已存储到%4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not removed, so that its secrets are not left behind in the keychain.</source>
        <translation>未删除“%1”，以免其机密残留在钥匙串中。</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; and its secrets.</source>
        <translation>已删除“%1”及其机密。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsOutput</name>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>帐户 ID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>域</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>终结点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>帐户 ID</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>帐户域</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>STS 终结点</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(默认)</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>服务 URL</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>颁发机构主机</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>Azure AD 范围</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>已存储在钥匙串中</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown (the keychain could not be read)</source>
        <translation>未知 (无法读取钥匙串)</translation>
    </message>
</context>
<context>
    <name>MrAuth::AzureCliCredential</name>
    <message>
        <source>The Azure CLI (&apos;az&apos;) was not found on PATH. Install it and run &apos;az login&apos;, or use another credential.</source>
        <translation>在 PATH 中找不到 Azure CLI (&apos;az&apos;)。请安装它并运行 &apos;az login&apos;，或使用其他凭据。</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>无法启动 Azure CLI: %1</translation>
    </message>
    <message>
        <source>The Azure CLI crashed: %1</source>
        <translation>Azure CLI 崩溃: %1</translation>
    </message>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n ms.</source>
        <translation>
            <numerusform>Azure CLI 未在 %n 毫秒内响应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::CliApplication</name>
    <message>
        <source>There is no command &apos;%1&apos;; the commands are: %2.</source>
        <translation>没有命令“%1”；可用命令: %2。</translation>
    </message>
    <message>
        <source>Paste the token (it is not shown), then press Enter: </source>
        <translation>粘贴令牌(不会显示)，然后按 Enter: </translation>
    </message>
    <message>
        <source>No token: pass it on standard input (preferred) or as the argument.</source>
        <translation>没有令牌: 请通过标准输入(推荐)或参数传入。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CliError</name>
    <message>
        <source>Check the account&apos;s key: store the current one with &apos;%1&apos;, or use the other key with --key-slot.</source>
        <translation>检查帐户的密钥: 使用“%1”存储当前密钥，或使用 --key-slot 改用另一个密钥。</translation>
    </message>
    <message>
        <source>Check the account ID and the key (both from the Azure portal&apos;s Access keys page).</source>
        <translation>检查帐户 ID 和密钥 (两者均可在 Azure 门户的“访问密钥”页面找到)。</translation>
    </message>
    <message>
        <source>Check the Azure AD tenant, client ID and secret.</source>
        <translation>检查 Azure AD 租户、客户端 ID 和密码。</translation>
    </message>
    <message>
        <source>The Azure AD principal needs a role on the account (for example Spatial Anchors Account Reader).</source>
        <translation>Azure AD 主体需要具有该帐户上的角色 (例如 Spatial Anchors Account Reader)。</translation>
    </message>
    <message>
        <source>Check the account ID and the Azure AD settings.</source>
        <translation>检查帐户 ID 和 Azure AD 设置。</translation>
    </message>
    <message>
        <source>Check the account ID and the account domain.</source>
        <translation>检查帐户 ID 和帐户域。</translation>
    </message>
    <message>
        <source>If the STS uses a private or test CA, pass its certificate with --ca-file.</source>
        <translation>如果 STS 使用私有或测试 CA，请使用 --ca-file 传入其证书。</translation>
    </message>
    <message>
        <source>Retry, or allow more time with --timeout.</source>
        <translation>请重试，或使用 --timeout 延长时间。</translation>
    </message>
    <message>
        <source>The STS is throttling requests: wait a little, then retry (or raise --retries).</source>
        <translation>STS 正在限制请求: 请稍候再重试 (或增大 --retries)。</translation>
    </message>
    <message>
        <source>The service failed; retry later and give support both correlation vectors.</source>
        <translation>服务出现故障；请稍后重试，并向支持人员提供两个相关向量。</translation>
    </message>
    <message>
        <source>Check the network connection and the STS endpoint.</source>
        <translation>检查网络连接和 STS 终结点。</translation>
    </message>
    <message>
        <source>The endpoint did not answer like a Mixed Reality STS; check --endpoint.</source>
        <translation>终结点的响应不像 Mixed Reality STS；请检查 --endpoint。</translation>
    </message>
    <message>
        <source>Store it with &apos;%1&apos;.</source>
        <translation>请使用“%1”存储它。</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for the account.</source>
        <translation>钥匙串中没有该帐户的%1。</translation>
    </message>
    <message>
        <source>Without a keychain (a server or CI), use an ad-hoc account: --account-id, --account-domain and MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>如果没有钥匙串 (服务器或 CI)，请使用临时帐户: --account-id、--account-domain 和 MIXEDREALITY_ACCOUNT_KEY。</translation>
    </message>
    <message>
        <source>Allow mrauth to use the keychain, then retry.</source>
        <translation>允许 mrauth 使用钥匙串，然后重试。</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>尚未存储任何帐户；请使用 &apos;mrauth accounts add NAME …&apos; 添加。</translation>
    </message>
    <message>
        <source>The stored accounts are: %1.</source>
        <translation>已存储的帐户: %1。</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的已存储帐户。</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClientSecretCredential</name>
    <message>
        <source>The client secret is empty: copy the secret&apos;s value (not its ID) from the app registration&apos;s Certificates &amp; secrets page.</source>
        <translation>客户端密码为空: 请从应用注册的“证书和密码”页面复制密码的值(而不是其 ID)。</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClipboardSession</name>
    <message>
        <source>There is no display to copy to: %1 is not set (an SSH session, a container or a console?). Print the token instead, for example &apos;mrauth token NAME&apos;, or use --copy in a graphical session.</source>
        <translation>没有可复制到的显示器: 未设置 %1 (SSH 会话、容器或控制台?)。请改为输出令牌，例如 &apos;mrauth token NAME&apos;，或在图形会话中使用 --copy。</translation>
    </message>
    <message>
        <source>The Qt platform &apos;%1&apos; has no clipboard that other programs can read, so copying is impossible here. Run --copy in a graphical session, or print the token instead.</source>
        <translation>Qt 平台“%1”没有其他程序可读取的剪贴板，因此无法在此复制。请在图形会话中运行 --copy，或改为输出令牌。</translation>
    </message>
    <message>
        <source>Could not connect to the display (%1), so copying is impossible. Check that the graphical session is running, or print the token instead.</source>
        <translation>无法连接到显示器 (%1)，因此无法复制。请检查图形会话是否正在运行，或改为输出令牌。</translation>
    </message>
    <message>
        <source>Clearing the clipboard in %1 (Ctrl+C clears it now)</source>
        <translation>%1 后清除剪贴板 (按 Ctrl+C 立即清除)</translation>
    </message>
    <message>
        <source>Interrupted: clipboard cleared.</source>
        <translation>已中断: 剪贴板已清除。</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>剪贴板已清除。</translation>
    </message>
    <message>
        <source>The clipboard now holds something else; nothing is left to clear.</source>
        <translation>剪贴板现在包含其他内容；无需清除。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>The clipboard did not take the text.</source>
        <translation>剪贴板未接受该文本。</translation>
    </message>
    <message>
        <source>Copied to the clipboard. It will be cleared in %1 s; mrauth keeps running until then, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>已复制到剪贴板。它将在 %1 秒后清除；在此之前 mrauth 会保持运行，因为剪贴板的内容仅在复制它的程序运行期间存在。按 Ctrl+C 立即清除。</translation>
    </message>
    <message>
        <source>Copied to the clipboard. mrauth keeps running until something else is copied, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>已复制到剪贴板。在复制其他内容之前 mrauth 会保持运行，因为剪贴板的内容仅在复制它的程序运行期间存在。按 Ctrl+C 立即清除。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not a valid value for --%2; use one of: %3.</source>
        <translation>“%1”不是 --%2 的有效值；请使用以下值之一: %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; the commands are: %2.</source>
        <translation>“%1”不是命令；可用命令: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of &apos;%2&apos;; use one of: %3.</source>
        <translation>“%1”不是“%2”的命令；请使用以下命令之一: %3。</translation>
    </message>
    <message>
        <source>--%1: secrets are never taken as arguments, which every user of the machine can see in the process list. Pipe the secret to --key-stdin or --client-secret-stdin, or set MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>--%1: 机密从不作为参数传入，因为计算机上的每个用户都能在进程列表中看到参数。请将机密通过管道传给 --key-stdin 或 --client-secret-stdin，或设置 MIXEDREALITY_ACCOUNT_KEY。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>“%1”没有选项 --%2。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 需要一个值 (%2)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option -%2.</source>
        <translation>“%1”没有选项 -%2。</translation>
    </message>
    <message>
        <source>-%1 needs a value (%2).</source>
        <translation>-%1 需要一个值 (%2)。</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>请指定命令: %1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>“%1”需要一个命令: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>“%1”需要 %2。</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no arguments (%n given).</source>
        <translation>
            <numerusform>“%1”不接受参数 (提供了 %n 个)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2 at most, but %n arguments were given. Secrets are never taken as arguments.</source>
        <translation>
            <numerusform>“%1”最多接受 %2，但提供了 %n 个参数。机密从不作为参数传入。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>“%1”不是以下值之一: %2。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandTable</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Print no notices or warnings on standard error; errors are still printed.</source>
        <translation>不在标准错误上输出通知或警告；仍会输出错误。</translation>
    </message>
    <message>
        <source>Print debug logging of the requests on standard error (never a secret).</source>
        <translation>在标准错误上输出请求的调试日志 (从不包含机密)。</translation>
    </message>
    <message>
        <source>Custom STS endpoint instead of https://sts.DOMAIN (https; plain http only on loopback).</source>
        <translation>用于替代 https://sts.DOMAIN 的自定义 STS 终结点 (https；纯 http 仅限环回)。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private or test CA).</source>
        <translation>同时信任此 PEM 文件中的 CA 证书 (私有或测试 CA)。</translation>
    </message>
    <message>
        <source>The Mixed Reality account ID (a GUID).</source>
        <translation>Mixed Reality 帐户 ID (GUID)。</translation>
    </message>
    <message>
        <source>The account domain, e.g. eastus.mixedreality.azure.com.</source>
        <translation>帐户域，例如 eastus.mixedreality.azure.com。</translation>
    </message>
    <message>
        <source>Azure AD tenant (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Azure AD 租户 (GUID 或域，例如 contoso.onmicrosoft.com)。</translation>
    </message>
    <message>
        <source>Azure AD application (client) ID, a GUID.</source>
        <translation>Azure AD 应用程序(客户端) ID，即 GUID。</translation>
    </message>
    <message>
        <source>Azure AD authority host (default https://login.microsoftonline.com; sovereign clouds differ).</source>
        <translation>Azure AD 颁发机构主机 (默认为 https://login.microsoftonline.com；主权云不同)。</translation>
    </message>
    <message>
        <source>Azure AD scope to ask for (default https://sts.mixedreality.azure.com//.default).</source>
        <translation>要请求的 Azure AD 范围 (默认为 https://sts.mixedreality.azure.com//.default)。</translation>
    </message>
    <message>
        <source>Instead of --account-domain: the account&apos;s region, e.g. eastus (eastus2 is mixedreality.azure.com).</source>
        <translation>替代 --account-domain: 帐户的区域，例如 eastus (eastus2 为 mixedreality.azure.com)。</translation>
    </message>
    <message>
        <source>The service the tokens are for (default spatial-anchors).</source>
        <translation>令牌所针对的服务 (默认为 spatial-anchors)。</translation>
    </message>
    <message>
        <source>For --service custom: what the service is called.</source>
        <translation>用于 --service custom: 服务的名称。</translation>
    </message>
    <message>
        <source>The service&apos;s base URL, for the curl format (default: the service host of the account domain).</source>
        <translation>服务的基 URL，用于 curl 格式 (默认: 帐户域的服务主机)。</translation>
    </message>
    <message>
        <source>How to authenticate (default account-key).</source>
        <translation>身份验证方式 (默认为 account-key)。</translation>
    </message>
    <message>
        <source>Which account key the account uses, and which one --key-stdin stores (default primary).</source>
        <translation>帐户使用哪个帐户密钥，以及 --key-stdin 存储哪个密钥 (默认为 primary)。</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input and store it in the keychain.</source>
        <translation>从标准输入读取一行作为帐户密钥，并将其存储到钥匙串中。</translation>
    </message>
    <message>
        <source>Read the client secret from one line of standard input (after the key, if both) and store it in the keychain.</source>
        <translation>从标准输入读取一行作为客户端密码 (若两者都有，则在密钥之后)，并将其存储到钥匙串中。</translation>
    </message>
    <message>
        <source>Whether the desktop app refreshes the account&apos;s token before it expires (default on).</source>
        <translation>桌面应用是否在帐户的令牌过期前刷新它 (默认为 on)。</translation>
    </message>
    <message>
        <source>Get an access token for a stored or ad-hoc account.</source>
        <translation>为已存储帐户或临时帐户获取访问令牌。</translation>
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
        <translation>NAME 是已存储的帐户 (请参阅 &apos;mrauth accounts list&apos;)；其密钥或客户端密码来自
系统钥匙串。不指定 NAME 时使用临时帐户: 由 --account-id 和 --account-domain
(或 MIXEDREALITY_ACCOUNT_ID 和 MIXEDREALITY_ACCOUNT_DOMAIN) 指定，并使用来自
MIXEDREALITY_ACCOUNT_KEY 或 --key-stdin 的帐户密钥登录，或通过 Azure AD 登录:
--tenant-id 和 --client-id 加上 --client-secret-stdin (或 AZURE_CLIENT_SECRET)、
--device-code 或 --azure-cli。

机密从不作为参数传入: 计算机上的每个用户都能在进程列表中看到参数。
--key-stdin 和 --client-secret-stdin 从标准输入读取一行，在终端上不回显。

格式:
  token   仅令牌和一个换行符 (默认)
  json    {accessToken, expiresOn (ISO 8601 UTC), expiresOnEpoch, accountId,
          accountDomain, endpoint, requestCorrelationVector,
          responseCorrelationVector}，已存储帐户还包含 name
  header  Authorization: Bearer TOKEN
  env     export MIXEDREALITY_ACCESS_TOKEN=&apos;TOKEN&apos;
  curl    针对帐户服务 URL 的 curl 命令
--all 输出一个 JSON 数组，每个已存储帐户一个 json 对象；对于失败的帐户，
以错误对象 {type, message, httpStatus, wwwAuthenticate, requestCorrelationVector,
responseCorrelationVector, exitCode} 代替令牌；仅当每个帐户都获得令牌时才以 0 退出。

--copy 将文本放到剪贴板上 (并加以标记，使剪贴板管理器不保留它)，不在标准输出上
输出任何内容，并保持运行直到剪贴板被清除: 在 --clear-after 秒后 (默认为 30，或应用
中的设置；0 表示等到复制了其他内容)，或按 Ctrl+C 时立即清除。剪贴板的内容仅在复制
它的程序运行期间存在。--copy 需要图形会话。

错误在标准错误上输出为一行: 错误类型、消息、HTTP 状态以及两个相关向量 (发送的
X-MRC-CV 和接收的 MS-CV)，支持人员需要这些信息。

环境变量 (临时帐户；选项优先): MIXEDREALITY_ACCOUNT_ID,
MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY, MIXEDREALITY_STS_ENDPOINT,
MIXEDREALITY_CA_FILE, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
AZURE_AUTHORITY_HOST。

退出代码:
  0  成功
  2  用法错误: 选项、参数或值有误
  3  身份验证被拒绝 (HTTP 400、401、403)
  4  未找到帐户 (HTTP 404，或未知的 NAME)
  5  网络、TLS 或超时
  6  无效响应
  7  钥匙串不可用，或其中缺少帐户的机密
  1  其他任何错误 (例如所有重试后仍被限制或出现服务器错误)

示例:
  export TOKEN=&quot;$(mrauth token my-anchors)&quot;
  mrauth token my-anchors --format json | jq -r .expiresOn
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth token --account-id ID \
      --account-domain eastus.mixedreality.azure.com --key-stdin
  mrauth token --account-id ID --account-domain DOMAIN --azure-cli
  mrauth token my-anchors --copy --clear-after 20</translation>
    </message>
    <message>
        <source>Every stored account, fetched concurrently (JSON array).</source>
        <translation>所有已存储的帐户，并发获取 (JSON 数组)。</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input (else from MIXEDREALITY_ACCOUNT_KEY).</source>
        <translation>从标准输入读取一行作为帐户密钥 (否则从 MIXEDREALITY_ACCOUNT_KEY 读取)。</translation>
    </message>
    <message>
        <source>For a stored account: use this key instead of the account&apos;s choice.</source>
        <translation>用于已存储帐户: 使用此密钥，而不是帐户所选的密钥。</translation>
    </message>
    <message>
        <source>Azure AD service principal: read the client secret from one line of standard input.</source>
        <translation>Azure AD 服务主体: 从标准输入读取一行作为客户端密码。</translation>
    </message>
    <message>
        <source>Azure AD user sign-in on another device: prints a code to enter at a web page.</source>
        <translation>在另一台设备上进行 Azure AD 用户登录: 输出一个要在网页上输入的代码。</translation>
    </message>
    <message>
        <source>Azure AD through the signed-in Azure CLI (az login).</source>
        <translation>通过已登录的 Azure CLI (az login) 使用 Azure AD。</translation>
    </message>
    <message>
        <source>Ad-hoc account: its service, for the curl format.</source>
        <translation>临时帐户: 其服务，用于 curl 格式。</translation>
    </message>
    <message>
        <source>The URL the curl format calls (default: the service host of the account domain).</source>
        <translation>curl 格式调用的 URL (默认: 帐户域的服务主机)。</translation>
    </message>
    <message>
        <source>token, json, header, env or curl (default token; json with --all).</source>
        <translation>token、json、header、env 或 curl (默认为 token；使用 --all 时为 json)。</translation>
    </message>
    <message>
        <source>Copy to the clipboard instead of printing, and wait until it is cleared.</source>
        <translation>复制到剪贴板而不是输出，并等待剪贴板被清除。</translation>
    </message>
    <message>
        <source>With --copy: clear the clipboard after this many seconds (default 30; 0: when replaced).</source>
        <translation>与 --copy 一起使用: 在此秒数后清除剪贴板 (默认为 30；0: 被替换时)。</translation>
    </message>
    <message>
        <source>Give up after this many seconds in all, retries and sign-in included (default: 30 s per try).</source>
        <translation>总共经过此秒数后放弃，包括重试和登录 (默认: 每次尝试 30 秒)。</translation>
    </message>
    <message>
        <source>Retry throttled, failed or timed-out requests up to N times (default 3, at most 10).</source>
        <translation>对被限制、失败或超时的请求最多重试 N 次 (默认为 3，最多 10)。</translation>
    </message>
    <message>
        <source>List, show, add, edit or remove stored accounts.</source>
        <translation>列出、显示、添加、编辑或删除已存储的帐户。</translation>
    </message>
    <message>
        <source>The accounts are the desktop app&apos;s: the same list (metadata only) and the same
keychain entries for their secrets. Changes show up in a running app at once.</source>
        <translation>这些帐户与桌面应用共用: 相同的列表 (仅元数据) 和相同的机密钥匙串条目。
更改会立即显示在正在运行的应用中。</translation>
    </message>
    <message>
        <source>List the stored accounts.</source>
        <translation>列出已存储的帐户。</translation>
    </message>
    <message>
        <source>Formats: table (the default) has one line per account; json is an array of the
accounts&apos; metadata as the app stores it; names prints one name per line, for
scripts and shell completion. No keychain access is needed.</source>
        <translation>格式: table (默认) 每个帐户一行；json 是应用所存储的帐户元数据数组；names
每行输出一个名称，用于脚本和 shell 补全。无需访问钥匙串。</translation>
    </message>
    <message>
        <source>table, json or names (default table).</source>
        <translation>table、json 或 names (默认为 table)。</translation>
    </message>
    <message>
        <source>Show one account and which of its secrets are stored.</source>
        <translation>显示一个帐户及其哪些机密已存储。</translation>
    </message>
    <message>
        <source>Shows the metadata and, from the keychain, whether each secret the account can use
is stored (never the secret itself). When the keychain cannot be reached the
secrets show as unknown and a warning says why.</source>
        <translation>显示元数据，并根据钥匙串显示帐户可用的每个机密是否已存储 (从不显示机密本身)。
无法访问钥匙串时，机密显示为未知，并有一条警告说明原因。</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text 或 json (默认为 text)。</translation>
    </message>
    <message>
        <source>Add an account; its secret goes to the keychain.</source>
        <translation>添加帐户；其机密存入钥匙串。</translation>
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
        <translation>NAME 是在 CLI 和应用中引用该帐户的名称。使用帐户密钥的帐户需要 --account-id、
--account-domain (或 --region)，以及用于获取令牌的密钥:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add my-anchors \
      --account-id ID --account-domain eastus.mixedreality.azure.com --key-stdin
服务主体: --auth client-secret --tenant-id T --client-id C
--client-secret-stdin。设备代码、交互式浏览器和 Azure CLI 登录不需要机密。
机密在保存帐户之前写入钥匙串；无法访问钥匙串时不保存任何内容 (退出代码 7)。</translation>
    </message>
    <message>
        <source>Change an account&apos;s fields or store a new secret.</source>
        <translation>更改帐户的字段或存储新的机密。</translation>
    </message>
    <message>
        <source>Only the fields given change. An empty value (--endpoint=) clears an optional field.
Key rotation, storing the new secondary key and switching to it:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</source>
        <translation>仅更改指定的字段。空值 (--endpoint=) 会清除可选字段。
密钥轮换，存储新的辅助密钥并切换到该密钥:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</translation>
    </message>
    <message>
        <source>Give the account a new name.</source>
        <translation>为帐户指定新名称。</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain.</source>
        <translation>删除帐户并从钥匙串中删除其机密。</translation>
    </message>
    <message>
        <source>The secrets are deleted first; when the keychain cannot be reached the account stays
(exit 7), so that no secret is left behind without an account to find it by.</source>
        <translation>首先删除机密；无法访问钥匙串时保留帐户 (退出代码 7)，
以免留下找不到所属帐户的机密。</translation>
    </message>
    <message>
        <source>Show a token&apos;s header and claims, dates in UTC.</source>
        <translation>显示令牌的标头和声明，日期采用 UTC。</translation>
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
        <translation>当 TOKEN 为 &apos;-&apos; 或省略时，从标准输入读取令牌；推荐这种方式:
作为参数提供的令牌在 mrauth 运行期间会在进程列表中可见。
粘贴的文本可以保留 &apos;Authorization: Bearer &apos; 或 &apos;export NAME=&apos; 前缀以及引号。
日期 (exp、nbf、iat) 以 UTC 显示，并显示相对于现在的时间。不验证签名:
由服务进行验证。

--check 在照常输出后，如果令牌已过期或尚未生效则以 8 退出 (如果不是 JWT
或没有过期时间则以 6 退出):
  mrauth token my-anchors | mrauth decode --check - &gt;/dev/null || echo renew</translation>
    </message>
    <message>
        <source>Exit 8 when the token has expired or is not valid yet.</source>
        <translation>令牌已过期或尚未生效时以 8 退出。</translation>
    </message>
    <message>
        <source>Print the completion script for bash, zsh or fish.</source>
        <translation>输出 bash、zsh 或 fish 的补全脚本。</translation>
    </message>
    <message>
        <source>Install it with one of:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Account names are completed from &apos;mrauth accounts list --format names&apos;.</source>
        <translation>使用以下命令之一安装:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
帐户名称从 &apos;mrauth accounts list --format names&apos; 补全。</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>显示命令的帮助。</translation>
    </message>
    <message>
        <source>Show the versions of mrauth, libmrauth and Qt.</source>
        <translation>显示 mrauth、libmrauth 和 Qt 的版本。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法:</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>请尝试“%1”。</translation>
    </message>
    <message>
        <source>mrauth %1: Mixed Reality access tokens for scripts and the clipboard.</source>
        <translation>mrauth %1: 用于脚本和剪贴板的 Mixed Reality 访问令牌。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项:</translation>
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
        <translation>退出代码:
  0  成功
  2  用法错误
  3  身份验证被拒绝 (HTTP 400、401、403)
  4  未找到帐户 (HTTP 404，或未知的 NAME)
  5  网络、TLS 或超时
  6  无效响应
  7  钥匙串不可用
  8  对已过期或尚未生效的令牌执行 &apos;decode --check&apos;
  1  其他任何错误
</translation>
    </message>
    <message>
        <source>Run &apos;mrauth COMMAND --help&apos; for the options of a command.</source>
        <translation>运行 &apos;mrauth COMMAND --help&apos; 查看命令的选项。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CopyFormats</name>
    <message>
        <source>Copy &amp;Token</source>
        <translation>复制令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as &amp;Authorization Header</source>
        <translation>复制为 Authorization 标头(&amp;A)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url Command</source>
        <translation>复制为 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as Shell &amp;Export</source>
        <translation>复制为 Shell export 语句(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeOutput</name>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation>有效，%1过期</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1已过期</translation>
    </message>
    <message>
        <source>not valid yet, valid from %1</source>
        <translation>尚未生效，自 %1 起有效</translation>
    </message>
    <message>
        <source>no usable expiry (%1)</source>
        <translation>没有可用的过期时间 (%1)</translation>
    </message>
    <message>
        <source>not a JSON Web Token</source>
        <translation>不是 JSON Web Token</translation>
    </message>
    <message>
        <source>This is not a JSON Web Token: %1</source>
        <translation>这不是 JSON Web Token: %1</translation>
    </message>
    <message>
        <source>Pass the whole token (three base64url parts separated by dots).</source>
        <translation>请传入完整的令牌 (由点分隔的三个 base64url 部分)。</translation>
    </message>
    <message>
        <source>The token expired %1.</source>
        <translation>令牌已于%1过期。</translation>
    </message>
    <message>
        <source>The token is valid only from %1.</source>
        <translation>令牌仅自 %1 起有效。</translation>
    </message>
    <message>
        <source>The token has no usable expiry, so it cannot be checked: %1</source>
        <translation>令牌没有可用的过期时间，因此无法检查: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeTokenDialog</name>
    <message>
        <source>Decode a Token</source>
        <translation>解码令牌</translation>
    </message>
    <message>
        <source>&amp;Paste a token (a JWT, optionally with &quot;Authorization: Bearer&quot;):</source>
        <translation>粘贴令牌(JWT，可带“Authorization: Bearer”)(&amp;P):</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>要解码的令牌</translation>
    </message>
</context>
<context>
    <name>MrAuth::DemoMode</name>
    <message numerus="yes">
        <source>The STS emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>STS 模拟器未在 %n 秒内报告其地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no accounts.</source>
        <translation>模拟器的演示帐户文件中没有帐户。</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>演示 %1</translation>
    </message>
    <message>
        <source>Demo %1 (Azure AD)</source>
        <translation>演示 %1 (Azure AD)</translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no usable account.</source>
        <translation>模拟器的演示帐户文件中没有可用的帐户。</translation>
    </message>
    <message>
        <source>The STS emulator (%1) was not found next to the app or on PATH.</source>
        <translation>在应用旁边或 PATH 中找不到 STS 模拟器 (%1)。</translation>
    </message>
    <message>
        <source>Cannot create the demo directory %1.</source>
        <translation>无法创建演示目录 %1。</translation>
    </message>
    <message>
        <source>The STS emulator could not be started: %1</source>
        <translation>无法启动 STS 模拟器: %1</translation>
    </message>
    <message>
        <source>The STS emulator stopped (exit code %1).</source>
        <translation>STS 模拟器已停止 (退出代码 %1)。</translation>
    </message>
    <message>
        <source>The STS emulator stopped: %1</source>
        <translation>STS 模拟器已停止: %1</translation>
    </message>
    <message>
        <source>Cannot read the demo accounts file %1: %2</source>
        <translation>无法读取演示帐户文件 %1: %2</translation>
    </message>
    <message>
        <source>Could not store the demo keys: %1</source>
        <translation>无法存储演示密钥: %1</translation>
    </message>
    <message>
        <source>The demo account list is gone.</source>
        <translation>演示帐户列表已不存在。</translation>
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
        <translation>在完成登录之前设备代码已过期。</translation>
    </message>
    <message>
        <source>The user declined the sign-in.</source>
        <translation>用户拒绝了登录。</translation>
    </message>
</context>
<context>
    <name>MrAuth::EnvironmentCredential</name>
    <message>
        <source>The environment does not describe a service principal: %1 not set.</source>
        <translation>环境变量未描述服务主体: 未设置 %1。</translation>
    </message>
</context>
<context>
    <name>MrAuth::InteractiveBrowserCredential</name>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n s.</source>
        <translation>
            <numerusform>浏览器中的登录未在 %n 秒内完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser could be opened for the sign-in.</source>
        <translation>无法打开浏览器进行登录。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>你已登录。可以关闭此窗口并返回应用程序。</translation>
    </message>
</context>
<context>
    <name>MrAuth::JwtView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Decoded only: the signature is checked by the service, not here.</source>
        <translation>仅解码: 签名由服务检查，而不是在此处检查。</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>标头(&amp;H)</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>令牌标头</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>声明(&amp;L)</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>令牌声明</translation>
    </message>
    <message>
        <source>No token.</source>
        <translation>无令牌。</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>相对</translation>
    </message>
</context>
<context>
    <name>MrAuth::KeychainSecretStore</name>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>系统钥匙串 (服务“%1”)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>钥匙串中没有此条目。</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>钥匙串拒绝访问: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>没有可用的钥匙串 (%1)。请启动或解锁密钥环 (例如 GNOME Keyring 或 KWallet)，然后重试。</translation>
    </message>
    <message>
        <source>The keychain could not be reached or is locked (%1). Unlock it, then retry.</source>
        <translation>无法访问钥匙串或钥匙串已锁定 (%1)。请解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>钥匙串出错: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::LogPanel</name>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Every token request: time, account, status, latency and both correlation vectors</source>
        <translation>每个令牌请求: 时间、帐户、状态、延迟和两个相关向量</translation>
    </message>
    <message>
        <source>Secrets and tokens are never logged.</source>
        <translation>从不记录机密和令牌。</translation>
    </message>
    <message>
        <source>&amp;Export Log…</source>
        <translation>导出日志(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>导出请求日志</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>清除日志(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>清除请求日志</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>导出请求日志</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no log to export.</source>
        <translation>没有可导出的日志。</translation>
    </message>
</context>
<context>
    <name>MrAuth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>错误的请求</translation>
    </message>
    <message>
        <source>This is not a request MrAuth understands.</source>
        <translation>这不是 MrAuth 能理解的请求。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>此处没有内容。</translation>
    </message>
</context>
<context>
    <name>MrAuth::MainWindow</name>
    <message>
        <source>MrAuth — Demo</source>
        <translation>MrAuth — 演示</translation>
    </message>
    <message>
        <source>MrAuth</source>
        <translation>MrAuth</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>剪贴板将在 %1 秒后清除</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>剪贴板已清除。</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加帐户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>编辑帐户(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Account…</source>
        <translation>创建帐户副本(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>删除帐户(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;veal Token</source>
        <translation>显示令牌(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Hide All Tokens</source>
        <translation>隐藏所有令牌(&amp;H)</translation>
    </message>
    <message>
        <source>Token &amp;Details…</source>
        <translation>令牌详细信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh Token</source>
        <translation>刷新令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;All Tokens</source>
        <translation>刷新所有令牌(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation>取消获取(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Decode a Token…</source>
        <translation>解码令牌(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>导入帐户(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>导出帐户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About MrAuth</source>
        <translation>关于 MrAuth(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hide MrAuth</source>
        <translation>隐藏 MrAuth(&amp;H)</translation>
    </message>
    <message>
        <source>Get a new token for the selected account (Ctrl+R)</source>
        <translation>为所选帐户获取新令牌 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Get new tokens for every account (F5)</source>
        <translation>为所有帐户获取新令牌 (F5)</translation>
    </message>
    <message>
        <source>Copy the selected account&apos;s token (Ctrl+C); the clipboard is cleared after a while</source>
        <translation>复制所选帐户的令牌 (Ctrl+C)；剪贴板将在一段时间后清除</translation>
    </message>
    <message>
        <source>About MrAuth</source>
        <translation>关于 MrAuth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Mixed Reality access tokens for developers: accounts in the system keychain, live tokens, safe copying.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;面向开发人员的 Mixed Reality 访问令牌: 帐户保存在系统钥匙串中，令牌实时更新，复制安全。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>帐户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>钥匙串问题</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation>重试访问钥匙串</translation>
    </message>
    <message>
        <source>Account list problem</source>
        <translation>帐户列表问题</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder of the account list</source>
        <translation>打开帐户列表所在的文件夹</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss the account list message</source>
        <translation>关闭帐户列表消息</translation>
    </message>
    <message>
        <source>Azure AD sign-in</source>
        <translation>Azure AD 登录</translation>
    </message>
    <message>
        <source>Open Sign-in &amp;Page</source>
        <translation>打开登录页面(&amp;P)</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>在浏览器中打开登录页面</translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation>复制代码(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>复制登录代码</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sign-in</source>
        <translation>取消登录(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>Copied the sign-in code %1.</source>
        <translation>已复制登录代码 %1。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No accounts yet&lt;/h3&gt;&lt;p&gt;Add a Mixed Reality account to get tokens. Its keys are kept in your system keychain.&lt;/p&gt;&lt;p&gt;Or try MrAuth with the local STS emulator: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;尚无帐户&lt;/h3&gt;&lt;p&gt;添加 Mixed Reality 帐户以获取令牌。其密钥保存在系统钥匙串中。&lt;/p&gt;&lt;p&gt;或者使用本地 STS 模拟器试用 MrAuth: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加帐户</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>启动演示(&amp;D)</translation>
    </message>
    <message>
        <source>Start MrAuth in demo mode</source>
        <translation>以演示模式启动 MrAuth</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>无法启动演示。</translation>
    </message>
    <message>
        <source>Token board</source>
        <translation>令牌面板</translation>
    </message>
    <message>
        <source>One row per account: name, service, status, token, time until expiry and last refresh</source>
        <translation>每个帐户一行: 名称、服务、状态、令牌、距过期的时间和上次刷新时间</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>所选帐户</translation>
    </message>
    <message>
        <source>Copy &amp;Error Details</source>
        <translation>复制错误详细信息(&amp;E)</translation>
    </message>
    <message>
        <source>Copy the error details with both correlation vectors</source>
        <translation>复制包含两个相关向量的错误详细信息</translation>
    </message>
    <message>
        <source>Copied the error details.</source>
        <translation>已复制错误详细信息。</translation>
    </message>
    <message>
        <source>Where keys are kept</source>
        <translation>密钥的保存位置</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>剪贴板倒计时</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>请求日志(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>复制令牌(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show MrAuth</source>
        <translation>显示 MrAuth(&amp;S)</translation>
    </message>
    <message>
        <source>Keys: waiting for the keychain…</source>
        <translation>密钥: 正在等待钥匙串…</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>密钥: 系统钥匙串</translation>
    </message>
    <message>
        <source>Keys: in memory only</source>
        <translation>密钥: 仅在内存中</translation>
    </message>
    <message>
        <source>Keys and secrets are kept in %1.</source>
        <translation>密钥和机密保存在%1中。</translation>
    </message>
    <message>
        <source>Select an account.</source>
        <translation>请选择一个帐户。</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>删除帐户</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its keys and secrets are deleted from %2.</source>
        <translation>删除“%1”? 其密钥和机密将从%2中删除。</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>A secret of the removed account could not be deleted: %1</source>
        <translation>无法删除已删除帐户的某个机密: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Getting a token for &quot;%1&quot; to copy…</source>
        <translation>正在为“%1”获取要复制的令牌…</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;; the clipboard clears in %3 s.</source>
        <translation>已复制“%2”的%1；剪贴板将在 %3 秒后清除。</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;.</source>
        <translation>已复制“%2”的%1。</translation>
    </message>
    <message>
        <source>Nothing was copied: &quot;%1&quot; has no token (%2).</source>
        <translation>未复制任何内容: “%1”没有令牌 (%2)。</translation>
    </message>
    <message>
        <source>Token refresh failed</source>
        <translation>令牌刷新失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>导入帐户</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json);;All files (*)</source>
        <translation>MrAuth 帐户列表 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个帐户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) already present.</source>
        <translation>
            <numerusform>%n 个帐户已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>有 %n 个条目无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no secrets: edit each imported account to enter its keys or client secret.</source>
        <translation>该列表不包含机密: 请编辑每个导入的帐户以输入其密钥或客户端密码。</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>导出帐户</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json)</source>
        <translation>MrAuth 帐户列表 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>已将 %n 个帐户导出到 %1 (不含机密)。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain is unreachable or locked.&lt;/b&gt; %1&lt;br&gt;MrAuth never keeps keys anywhere else. Unlock your keyring, then retry.</source>
        <translation>&lt;b&gt;无法访问钥匙串或钥匙串已锁定。&lt;/b&gt; %1&lt;br&gt;MrAuth 从不将密钥保存在其他任何位置。请解锁密钥环，然后重试。</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>正在检查钥匙串…</translation>
    </message>
    <message>
        <source>The keychain is available again.</source>
        <translation>钥匙串已重新可用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Starting the local STS emulator…</source>
        <translation>&lt;b&gt;演示模式。&lt;/b&gt; 正在启动本地 STS 模拟器…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The demo accounts get their tokens from the local STS emulator at %1.</source>
        <translation>&lt;b&gt;演示模式。&lt;/b&gt; 演示帐户从 %1 处的本地 STS 模拟器获取令牌。</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the demo keys are kept in memory only.</source>
        <translation>无法访问钥匙串 (%1)，因此演示密钥仅保存在内存中。</translation>
    </message>
    <message>
        <source>The demo keys are in the keychain under &quot;mrauth-demo&quot;, apart from your own.</source>
        <translation>演示密钥保存在钥匙串中的“mrauth-demo”下，与你自己的密钥分开。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法启动演示模式:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;:&lt;/b&gt; open &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; and enter the code &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (valid until %4).</source>
        <translation>&lt;b&gt;为“%1”登录:&lt;/b&gt; 打开 &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; 并输入代码 &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (有效期至 %4)。</translation>
    </message>
    <message>
        <source>%1: enter the code %2 at %3</source>
        <translation>%1: 在 %3 输入代码 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;&lt;/b&gt; in your browser; MrAuth waits for it (%2).</source>
        <translation>&lt;b&gt;请在浏览器中为“%1”登录&lt;/b&gt;；MrAuth 正在等待 (%2)。</translation>
    </message>
</context>
<context>
    <name>MrAuth::ManagedIdentityCredential</name>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; is not a valid http(s) URL.</source>
        <translation>托管标识终结点“%1”不是有效的 http(s) URL。</translation>
    </message>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; uses plain http off this machine. Use https.</source>
        <translation>托管标识终结点“%1”对本机以外的地址使用纯 http。请使用 https。</translation>
    </message>
    <message>
        <source>the managed identity endpoint</source>
        <translation>托管标识终结点</translation>
    </message>
    <message>
        <source>No managed identity endpoint answered at %1: this does not look like an Azure host with a managed identity. (%2)</source>
        <translation>%1 处没有托管标识终结点响应: 这似乎不是具有托管标识的 Azure 主机。(%2)</translation>
    </message>
    <message>
        <source>The managed identity endpoint has no identity to give: %1</source>
        <translation>托管标识终结点没有可提供的标识: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MemorySecretStore</name>
    <message>
        <source>memory only (lost when the app quits)</source>
        <translation>仅在内存中 (应用退出时丢失)</translation>
    </message>
    <message>
        <source>No such secret.</source>
        <translation>没有此机密。</translation>
    </message>
</context>
<context>
    <name>MrAuth::Messages</name>
    <message>
        <source>The Azure CLI printed something that is not the JSON object of &apos;az account get-access-token&apos;.</source>
        <translation>Azure CLI 输出的内容不是 &apos;az account get-access-token&apos; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no accessToken.</source>
        <translation>Azure CLI 的响应中没有 accessToken。</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has neither a usable expires_on nor expiresOn.</source>
        <translation>Azure CLI 的响应中既没有可用的 expires_on，也没有 expiresOn。</translation>
    </message>
    <message>
        <source>The Azure CLI is not logged in: run &apos;az login&apos;. It said: %1</source>
        <translation>Azure CLI 未登录: 请运行 &apos;az login&apos;。它的输出: %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1 and said nothing.</source>
        <translation>Azure CLI 失败，退出代码为 %1，且没有任何输出。</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1: %2</source>
        <translation>Azure CLI 失败，退出代码为 %1: %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried a state that does not belong to this sign-in; it was ignored.</source>
        <translation>登录重定向携带的 state 不属于此次登录；已将其忽略。</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>登录失败 (%1)。</translation>
    </message>
    <message>
        <source>The sign-in failed (%1): %2</source>
        <translation>登录失败 (%1): %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation>登录重定向未携带授权代码。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2</source>
        <translation>无法在 127.0.0.1:%1 上侦听登录重定向: %2</translation>
    </message>
    <message>
        <source>The tenant ID is empty: give the directory&apos;s ID (a GUID) or domain, such as &apos;contoso.onmicrosoft.com&apos;.</source>
        <translation>租户 ID 为空: 请提供目录的 ID (GUID) 或域，例如“contoso.onmicrosoft.com”。</translation>
    </message>
    <message>
        <source>The tenant ID &apos;%1&apos; is not valid: it must be a GUID or a domain name (letters, digits, &apos;.&apos; and &apos;-&apos;).</source>
        <translation>租户 ID“%1”无效: 它必须是 GUID 或域名 (字母、数字、“.”和“-”)。</translation>
    </message>
    <message>
        <source>The tenant ID is the all-zero GUID, which no directory has.</source>
        <translation>租户 ID 是全零 GUID，没有目录使用此 ID。</translation>
    </message>
    <message>
        <source>The tenant &apos;consumers&apos; is for personal Microsoft accounts, which Mixed Reality does not accept: use your organisation&apos;s tenant.</source>
        <translation>租户“consumers”用于个人 Microsoft 帐户，Mixed Reality 不接受此类帐户: 请使用你组织的租户。</translation>
    </message>
    <message>
        <source>The tenant &apos;%1&apos; stands for many directories; this sign-in needs the one directory of the application or identity.</source>
        <translation>租户“%1”代表多个目录；此登录需要应用程序或标识所属的单个目录。</translation>
    </message>
    <message>
        <source>The client ID is empty: give the application (client) ID of the app registration.</source>
        <translation>客户端 ID 为空: 请提供应用注册的应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>The client ID &apos;%1&apos; is not a GUID: give the application (client) ID of the app registration.</source>
        <translation>客户端 ID“%1”不是 GUID: 请提供应用注册的应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; is not valid: it must be https://host[:port], such as &apos;https://login.microsoftonline.com&apos;.</source>
        <translation>颁发机构主机“%1”无效: 它必须是 https://host[:port]，例如“https://login.microsoftonline.com”。</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>颁发机构主机“%1”使用纯 http，这仅允许在本机 (环回) 上使用。请使用 https。</translation>
    </message>
    <message>
        <source>This credential takes exactly one scope, not %1.</source>
        <translation>此凭据只接受一个范围，而不是 %1 个。</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; has characters a scope cannot have.</source>
        <translation>范围“%1”包含范围中不能使用的字符。</translation>
    </message>
    <message>
        <source>The token response is not a JSON object.</source>
        <translation>令牌响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation>令牌响应中没有 access_token。</translation>
    </message>
    <message>
        <source>The token response has token_type &apos;%1&apos;, not Bearer.</source>
        <translation>令牌响应的 token_type 为“%1”，而不是 Bearer。</translation>
    </message>
    <message>
        <source>The token response says neither expires_in nor expires_on, and the token has no exp claim.</source>
        <translation>令牌响应既未指定 expires_in 也未指定 expires_on，且令牌没有 exp 声明。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3).</source>
        <translation>%1 拒绝了请求 (HTTP %2，%3)。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3): %4</source>
        <translation>%1 拒绝了请求 (HTTP %2，%3): %4</translation>
    </message>
    <message>
        <source>[trace ID %1, correlation ID %2]</source>
        <translation>[跟踪 ID %1，相关 ID %2]</translation>
    </message>
    <message>
        <source>The device code response is not a JSON object.</source>
        <translation>设备代码响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The device code response lacks device_code, user_code or a valid verification_uri.</source>
        <translation>设备代码响应缺少 device_code、user_code 或有效的 verification_uri。</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>若要登录，请使用 Web 浏览器打开页面 %1 并输入代码 %2 进行身份验证。</translation>
    </message>
    <message>
        <source>The chain has no credentials to try.</source>
        <translation>链中没有可尝试的凭据。</translation>
    </message>
    <message>
        <source>No credential in the chain could provide a token:</source>
        <translation>链中没有任何凭据能够提供令牌:</translation>
    </message>
    <message>
        <source>%1 failed, which ends the chain (a credential that is set up but fails is reported, not skipped):</source>
        <translation>%1 失败，链因此终止 (已设置但失败的凭据会被报告，而不会被跳过):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a region, not an account domain: did you mean &apos;%2&apos;?</source>
        <translation>“%1”是区域，而不是帐户域: 你是指“%2”吗?</translation>
    </message>
    <message>
        <source>An account domain has dots, like &apos;eastus.mixedreality.azure.com&apos;; &apos;%1&apos; has none.</source>
        <translation>帐户域包含点，例如“eastus.mixedreality.azure.com”；“%1”不包含点。</translation>
    </message>
    <message>
        <source>The host %1 of %2 was not found.</source>
        <translation>找不到 %2 的主机 %1。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>与 %1 的 TLS 连接失败: %2</translation>
    </message>
    <message>
        <source>%1 redirected in a way that is not allowed: %2</source>
        <translation>%1 以不允许的方式进行了重定向: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n ms.</source>
        <translation>
            <numerusform>%1 未在 %n 毫秒内响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>与 %1 的连接失败: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>对 %1 的请求失败: %2</translation>
    </message>
    <message>
        <source>The network access manager was deleted before the request.</source>
        <translation>网络访问管理器在请求之前已被删除。</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the credential was not sent there.</source>
        <translation>%1 重定向到另一个源 %2；凭据未发送到该处。</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>响应大于 %1 字节。</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP status.</source>
        <translation>%1 在没有 HTTP 状态的情况下关闭了连接。</translation>
    </message>
    <message>
        <source>The request was canceled: its network access manager was deleted.</source>
        <translation>请求已取消: 其网络访问管理器已被删除。</translation>
    </message>
    <message>
        <source>HTTP %2 from %1.</source>
        <translation>来自 %1 的 HTTP %2。</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>令牌为空。</translation>
    </message>
    <message numerus="yes">
        <source>The token is not a JWT: it has %n segment(s) instead of three.</source>
        <translation>
            <numerusform>令牌不是 JWT: 它有 %n 个段，而不是三个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>令牌的有效负载不是 base64url 编码的 JSON。</translation>
    </message>
    <message>
        <source>The token has no numeric expiry (exp) claim.</source>
        <translation>令牌没有数值型过期时间 (exp) 声明。</translation>
    </message>
    <message>
        <source>The account ID is empty.</source>
        <translation>帐户 ID 为空。</translation>
    </message>
    <message>
        <source>The account ID is the all-zero GUID, which no account has.</source>
        <translation>帐户 ID 是全零 GUID，没有帐户使用此 ID。</translation>
    </message>
    <message>
        <source>The account ID &apos;%1&apos; is not a GUID (like 87e9abb1-79b9-4502-bbae-cfae8c610f23).</source>
        <translation>帐户 ID“%1”不是 GUID (例如 87e9abb1-79b9-4502-bbae-cfae8c610f23)。</translation>
    </message>
    <message>
        <source>The account ID must be a bare GUID, without braces.</source>
        <translation>帐户 ID 必须是不带大括号的纯 GUID。</translation>
    </message>
    <message>
        <source>The accountDomain is empty: give the account&apos;s domain, for example &apos;eastus.mixedreality.azure.com&apos;.</source>
        <translation>accountDomain 为空: 请提供帐户的域，例如“eastus.mixedreality.azure.com”。</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not valid. %2</source>
        <translation>accountDomain“%1”无效。%2</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not a valid host name.</source>
        <translation>accountDomain“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; is not a valid URL: it must be https://host[:port][/path].</source>
        <translation>自定义终结点“%1”不是有效的 URL: 它必须是 https://host[:port][/path]。</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>自定义终结点“%1”使用纯 http，这仅允许在本机 (环回) 上使用。请使用 https。</translation>
    </message>
    <message>
        <source>The STS answered 200 but the body is not a JSON object.</source>
        <translation>STS 返回了 200，但正文不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The STS answered 200 without an AccessToken.</source>
        <translation>STS 返回了 200，但没有 AccessToken。</translation>
    </message>
    <message>
        <source>The STS returned a token that cannot be used: %1</source>
        <translation>STS 返回了无法使用的令牌: %1</translation>
    </message>
    <message>
        <source>The STS rejected the request as invalid (HTTP 400).</source>
        <translation>STS 以无效为由拒绝了请求 (HTTP 400)。</translation>
    </message>
    <message>
        <source>The STS rejected the credential (HTTP 401): check the account ID and key, or the Azure AD token.</source>
        <translation>STS 拒绝了凭据 (HTTP 401): 请检查帐户 ID 和密钥，或 Azure AD 令牌。</translation>
    </message>
    <message>
        <source>The STS refused access (HTTP 403): the Azure AD principal has no role on this account.</source>
        <translation>STS 拒绝访问 (HTTP 403): Azure AD 主体在此帐户上没有角色。</translation>
    </message>
    <message>
        <source>The STS does not know this account (HTTP 404): check the account ID and domain.</source>
        <translation>STS 不认识此帐户 (HTTP 404): 请检查帐户 ID 和域。</translation>
    </message>
    <message>
        <source>The STS is throttling requests (HTTP 429); retries did not get through.</source>
        <translation>STS 正在限制请求 (HTTP 429)；重试未能成功。</translation>
    </message>
    <message>
        <source>The STS failed with a server error (HTTP %1).</source>
        <translation>STS 出现服务器错误 (HTTP %1)。</translation>
    </message>
    <message>
        <source>The STS answered with HTTP %1.</source>
        <translation>STS 返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器消息: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityAccountKeyCredential</name>
    <message>
        <source>The account key is empty: copy a primary or secondary key from the account&apos;s Keys page.</source>
        <translation>帐户密钥为空: 请从帐户的“密钥”页面复制主密钥或辅助密钥。</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityStsClient</name>
    <message>
        <source>No credential was given.</source>
        <translation>未提供凭据。</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityTokenCredential</name>
    <message>
        <source>The credential was destroyed before the token arrived.</source>
        <translation>在令牌到达之前凭据已被销毁。</translation>
    </message>
</context>
<context>
    <name>MrAuth::RequestLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>MrAuth::RequestLogModel</name>
    <message>
        <source>&lt;1 ms</source>
        <translation>&lt;1 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
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
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretInput</name>
    <message>
        <source>Enter the %1 (it is not shown), then press Enter: </source>
        <translation>输入%1(不会显示)，然后按 Enter: </translation>
    </message>
    <message>
        <source>Standard input ended before the %1 was read: pipe it in as one line.</source>
        <translation>在读取%1之前标准输入已结束: 请以一行的形式通过管道传入。</translation>
    </message>
    <message>
        <source>The %1 read from standard input is empty.</source>
        <translation>从标准输入读取的%1为空。</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretKind</name>
    <message>
        <source>primary key</source>
        <translation>主密钥</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>辅助密钥</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密码</translation>
    </message>
    <message>
        <source>Azure AD refresh token</source>
        <translation>Azure AD 刷新令牌</translation>
    </message>
</context>
<context>
    <name>MrAuth::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Tokens and clipboard</source>
        <translation>令牌和剪贴板</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation>清除剪贴板前的时间，以秒为单位</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds in a spin box; keep the space if your language uses one.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>清除剪贴板时间(&amp;C):</translation>
    </message>
    <message>
        <source>Warn when a token expires within, in minutes</source>
        <translation>令牌在多长时间内过期时发出警告，以分钟为单位</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes in a spin box; keep the space if your language uses one.</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Warn when expiring within:</source>
        <translation>过期前警告时间(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens automatically for new accounts</source>
        <translation>为新帐户自动刷新令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh tokens automatically for new accounts</source>
        <translation>为新帐户自动刷新令牌</translation>
    </message>
    <message>
        <source>Refresh this long before expiry, in minutes</source>
        <translation>在过期前多久刷新，以分钟为单位</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>过期前刷新时间(&amp;B):</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>网络代理</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手动 HTTP 代理(&amp;M):</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动代理</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>新语言将在应用下次启动时生效。</translation>
    </message>
    <message>
        <source>Start &amp;minimised (in the tray when there is one)</source>
        <translation>启动时最小化 (如有系统托盘，则最小化到托盘)(&amp;M)</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>启动时最小化</translation>
    </message>
    <message>
        <source>Where MrAuth keeps its data</source>
        <translation>MrAuth 保存数据的位置</translation>
    </message>
    <message>
        <source>Settings: %1
Accounts (no secrets): %2
Keys and secrets: %3</source>
        <translation>设置: %1
帐户(不含机密): %2
密钥和机密: %3</translation>
    </message>
</context>
<context>
    <name>MrAuth::StoredAccounts</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
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
        <translation>找不到 STS 主机 %1。这几乎总是因为帐户域错误: 请使用帐户的完整域，例如“eastus.mixedreality.azure.com”，而不只是区域。</translation>
    </message>
    <message>
        <source>A real STS response is about 1.2 KB.</source>
        <translation>真实的 STS 响应约为 1.2 KB。</translation>
    </message>
    <message>
        <source>The credential could not provide a token for the STS: %1</source>
        <translation>凭据无法为 STS 提供令牌: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TimeFormat</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoard</name>
    <message>
        <source>No secret store.</source>
        <translation>没有机密存储。</translation>
    </message>
    <message>
        <source>No %1 is stored for &quot;%2&quot;. Edit the account to enter it.</source>
        <translation>未为“%2”存储%1。请编辑该帐户以输入它。</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoardModel</name>
    <message>
        <source>Error: %1</source>
        <translation>错误: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态: %1</translation>
    </message>
    <message>
        <source>WWW-Authenticate: %1</source>
        <translation>WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>Request CV (X-MRC-CV): %1</source>
        <translation>请求 CV (X-MRC-CV): %1</translation>
    </message>
    <message>
        <source>none (no request sent)</source>
        <translation>无 (未发送请求)</translation>
    </message>
    <message>
        <source>Response CV (MS-CV): %1</source>
        <translation>响应 CV (MS-CV): %1</translation>
    </message>
    <message>
        <source>none (no response received)</source>
        <translation>无 (未收到响应)</translation>
    </message>
    <message>
        <source>Account ID: %1
Account domain: %2
Authentication: %3</source>
        <translation>帐户 ID: %1
帐户域: %2
身份验证: %3</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>The token is shown in clear.</source>
        <translation>令牌以明文显示。</translation>
    </message>
    <message>
        <source>The token is hidden; reveal it to read it.</source>
        <translation>令牌已隐藏；请显示后查看。</translation>
    </message>
    <message>
        <source>Token shown</source>
        <translation>令牌已显示</translation>
    </message>
    <message>
        <source>Token hidden</source>
        <translation>令牌已隐藏</translation>
    </message>
    <message>
        <source>Expires %1
%2</source>
        <translation>过期时间: %1
%2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1已过期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>上次刷新</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenCommand</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>若要登录，请打开 %1 并输入代码 %2。</translation>
    </message>
    <message>
        <source>%1: finish the sign-in in the browser that opened.</source>
        <translation>%1: 请在已打开的浏览器中完成登录。</translation>
    </message>
    <message>
        <source>Azure AD</source>
        <translation>Azure AD</translation>
    </message>
    <message>
        <source>--key-slot chooses an account key, but &apos;%1&apos; signs in with Azure AD.</source>
        <translation>--key-slot 用于选择帐户密钥，但“%1”通过 Azure AD 登录。</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>尚未存储任何帐户；请使用 &apos;mrauth accounts add NAME …&apos; 添加。</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>帐户密钥</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>客户端密码</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenDetailsDialog</name>
    <message>
        <source>Token Details — %1</source>
        <translation>令牌详细信息 — %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>帐户:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>帐户 ID:</translation>
    </message>
    <message>
        <source>Account domain:</source>
        <translation>帐户域:</translation>
    </message>
    <message>
        <source>&amp;Raw token</source>
        <translation>原始令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Raw token</source>
        <translation>原始令牌</translation>
    </message>
    <message>
        <source>&amp;Show Raw Token</source>
        <translation>显示原始令牌(&amp;S)</translation>
    </message>
    <message>
        <source>Show raw token</source>
        <translation>显示原始令牌</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>复制令牌</translation>
    </message>
    <message>
        <source>&amp;Hide Raw Token</source>
        <translation>隐藏原始令牌(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenEntry</name>
    <message>
        <source>Not fetched</source>
        <translation>未获取</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenFetcher</name>
    <message>
        <source>No token within %1 s (--timeout).</source>
        <translation>%1 秒内未获得令牌 (--timeout)。</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenInspection</name>
    <message>
        <source>Not a JSON Web Token: %1</source>
        <translation>不是 JSON Web Token: %1</translation>
    </message>
    <message>
        <source>The token has no usable expiry: %1</source>
        <translation>令牌没有可用的过期时间: %1</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1 (%2).</source>
        <translation>尚未生效: 自 %1 (%2) 起有效。</translation>
    </message>
    <message>
        <source>Valid for another %1 (until %2).</source>
        <translation>还将有效 %1 (至 %2)。</translation>
    </message>
    <message>
        <source>Expired %1 (at %2).</source>
        <translation>已于%1过期 (%2)。</translation>
    </message>
    <message>
        <source>Signature algorithm (RS256: RSA signature with SHA-256)</source>
        <translation>签名算法 (RS256: 使用 SHA-256 的 RSA 签名)</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token</source>
        <translation>密钥 ID: 颁发者的哪个密钥对令牌进行了签名</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1) of the signing certificate</source>
        <translation>签名证书的指纹 (SHA-1)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>令牌类型</translation>
    </message>
    <message>
        <source>Account ID: the Mixed Reality account the token gives access to</source>
        <translation>帐户 ID: 令牌授予访问权限的 Mixed Reality 帐户</translation>
    </message>
    <message>
        <source>Account ID the token was requested for</source>
        <translation>请求令牌时所用的帐户 ID</translation>
    </message>
    <message>
        <source>Account region, such as eastus</source>
        <translation>帐户区域，例如 eastus</translation>
    </message>
    <message>
        <source>Azure resource ID of the account (subscription, resource group, name)</source>
        <translation>帐户的 Azure 资源 ID (订阅、资源组、名称)</translation>
    </message>
    <message>
        <source>Issuer: the STS that issued and signed the token</source>
        <translation>颁发者: 颁发并签署令牌的 STS</translation>
    </message>
    <message>
        <source>Audience: the service host that accepts the token</source>
        <translation>受众: 接受令牌的服务主机</translation>
    </message>
    <message>
        <source>Azure AD tenant of the caller (all zeros for account-key sign-in)</source>
        <translation>调用方的 Azure AD 租户 (使用帐户密钥登录时为全零)</translation>
    </message>
    <message>
        <source>How the caller signed in (account key or Azure AD)</source>
        <translation>调用方的登录方式 (帐户密钥或 Azure AD)</translation>
    </message>
    <message>
        <source>Whether the caller has owner access to the account</source>
        <translation>调用方是否具有帐户的所有者访问权限</translation>
    </message>
    <message>
        <source>Token ID, unique for each token</source>
        <translation>令牌 ID，每个令牌唯一</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>过期时间</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenReply</name>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenRequest</name>
    <message>
        <source>--all gets every stored account; give no NAME with it.</source>
        <translation>--all 获取所有已存储的帐户；请勿同时指定 NAME。</translation>
    </message>
    <message>
        <source>--all is for the stored accounts; %1 describes an ad-hoc account.</source>
        <translation>--all 用于已存储的帐户；%1 描述的是临时帐户。</translation>
    </message>
    <message>
        <source>--all prints every account&apos;s token; it cannot --copy.</source>
        <translation>--all 输出每个帐户的令牌；不能与 --copy 一起使用。</translation>
    </message>
    <message>
        <source>--all prints a JSON array; use --format json or no --format.</source>
        <translation>--all 输出 JSON 数组；请使用 --format json 或不指定 --format。</translation>
    </message>
    <message>
        <source>NAME is a stored account, and %1 describes an ad-hoc account: give one or the other.</source>
        <translation>NAME 是已存储的帐户，而 %1 描述的是临时帐户: 请只指定其中之一。</translation>
    </message>
    <message>
        <source>Name a stored account (see &apos;mrauth accounts list&apos;), use --all, or describe an ad-hoc account with --account-id and --account-domain (or MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>请指定已存储的帐户 (请参阅 &apos;mrauth accounts list&apos;)、使用 --all，或使用 --account-id 和 --account-domain (或 MIXEDREALITY_ACCOUNT_ID 和 MIXEDREALITY_ACCOUNT_DOMAIN) 描述临时帐户。</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-id (or MIXEDREALITY_ACCOUNT_ID).</source>
        <translation>临时帐户需要 --account-id (或 MIXEDREALITY_ACCOUNT_ID)。</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-domain (or MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>临时帐户需要 --account-domain (或 MIXEDREALITY_ACCOUNT_DOMAIN)。</translation>
    </message>
    <message>
        <source>--key-slot chooses between a stored account&apos;s keys; an ad-hoc account has the one key it is given.</source>
        <translation>--key-slot 用于在已存储帐户的密钥之间进行选择；临时帐户只有提供给它的那一个密钥。</translation>
    </message>
    <message>
        <source>ad-hoc account</source>
        <translation>临时帐户</translation>
    </message>
    <message>
        <source>ad-hoc service</source>
        <translation>临时服务</translation>
    </message>
    <message>
        <source>Choose one Azure AD sign-in: --client-secret-stdin, --device-code or --azure-cli.</source>
        <translation>请选择一种 Azure AD 登录方式: --client-secret-stdin、--device-code 或 --azure-cli。</translation>
    </message>
    <message>
        <source>The ad-hoc account needs its key: pipe it to --key-stdin or set MIXEDREALITY_ACCOUNT_KEY (secrets are never taken as arguments).</source>
        <translation>临时帐户需要其密钥: 请通过管道传给 --key-stdin 或设置 MIXEDREALITY_ACCOUNT_KEY (机密从不作为参数传入)。</translation>
    </message>
    <message>
        <source>--key-stdin is for account keys, not for Azure AD sign-in.</source>
        <translation>--key-stdin 用于帐户密钥，而不用于 Azure AD 登录。</translation>
    </message>
    <message>
        <source>--tenant-id and --client-id need a way to sign in: --client-secret-stdin (or AZURE_CLIENT_SECRET), --device-code or --azure-cli.</source>
        <translation>--tenant-id 和 --client-id 需要一种登录方式: --client-secret-stdin (或 AZURE_CLIENT_SECRET)、--device-code 或 --azure-cli。</translation>
    </message>
    <message>
        <source>--azure-cli signs in as the Azure CLI&apos;s account; it takes no --client-id.</source>
        <translation>--azure-cli 以 Azure CLI 的帐户身份登录；它不接受 --client-id。</translation>
    </message>
    <message>
        <source>--endpoint needs a URL.</source>
        <translation>--endpoint 需要 URL。</translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation>--ca-file 需要 PEM 文件的路径。</translation>
    </message>
    <message>
        <source>--clear-after goes with --copy.</source>
        <translation>--clear-after 需与 --copy 一起使用。</translation>
    </message>
    <message>
        <source>--clear-after needs a whole number of seconds from 0 to 86400.</source>
        <translation>--clear-after 需要 0 到 86400 之间的整数秒数。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0 (fractions allowed).</source>
        <translation>--timeout 需要大于 0 的秒数 (允许小数)。</translation>
    </message>
    <message>
        <source>--retries needs a whole number from 0 to 10.</source>
        <translation>--retries 需要 0 到 10 之间的整数。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mixed Reality access tokens: accounts in the system keychain, live tokens, safe copying.</source>
        <translation>Mixed Reality 访问令牌: 帐户保存在系统钥匙串中，令牌实时更新，复制安全。</translation>
    </message>
    <message>
        <source>Start the local STS emulator and show its demo accounts (kept apart from your own).</source>
        <translation>启动本地 STS 模拟器并显示其演示帐户 (与你自己的帐户分开保存)。</translation>
    </message>
    <message>
        <source>Start in demo mode when you have no accounts yet.</source>
        <translation>尚无帐户时以演示模式启动。</translation>
    </message>
</context>
</TS>
