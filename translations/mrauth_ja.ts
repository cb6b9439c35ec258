<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <translation>トークンを受け取る前に資格情報が破棄されました。</translation>
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
        <translation>カスタム サービス</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>アカウントには名前が必要です。</translation>
    </message>
    <message>
        <source>A custom service needs a name.</source>
        <translation>カスタム サービスには名前が必要です。</translation>
    </message>
    <message>
        <source>The authority host must be an https URL, such as https://login.microsoftonline.com.</source>
        <translation>機関ホストは https の URL (https://login.microsoftonline.com など) である必要があります。</translation>
    </message>
    <message>
        <source>An account entry has no valid &quot;id&quot;.</source>
        <translation>アカウント エントリに有効な &quot;id&quot; がありません。</translation>
    </message>
    <message>
        <source>An account entry has no &quot;name&quot;.</source>
        <translation>アカウント エントリに &quot;name&quot; がありません。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown service.</source>
        <translation>アカウント &quot;%1&quot; のサービスが不明です。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; lacks its account id or domain.</source>
        <translation>アカウント &quot;%1&quot; にアカウント ID またはドメインがありません。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid STS endpoint.</source>
        <translation>アカウント &quot;%1&quot; の STS エンドポイントが無効です。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown authentication mode.</source>
        <translation>アカウント &quot;%1&quot; の認証モードが不明です。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an unknown key slot.</source>
        <translation>アカウント &quot;%1&quot; のキー スロットが不明です。</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>アカウント キー</translation>
    </message>
    <message>
        <source>Azure AD: client secret</source>
        <translation>Azure AD: クライアント シークレット</translation>
    </message>
    <message>
        <source>Azure AD: device code</source>
        <translation>Azure AD: デバイス コード</translation>
    </message>
    <message>
        <source>Azure AD: interactive browser</source>
        <translation>Azure AD: 対話型ブラウザー</translation>
    </message>
    <message>
        <source>Azure AD: Azure CLI</source>
        <translation>Azure AD: Azure CLI</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>プライマリ キー</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>セカンダリ キー</translation>
    </message>
    <message>
        <source>Enter the account ID, a GUID such as 87e9abb1-79b9-4502-bbae-cfae8c610f23.</source>
        <translation>アカウント ID を入力してください (87e9abb1-79b9-4502-bbae-cfae8c610f23 のような GUID)。</translation>
    </message>
    <message>
        <source>The account ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>アカウント ID は GUID (8-4-4-4-12 桁の 16 進数) である必要があります。</translation>
    </message>
    <message>
        <source>The all-zero GUID is not an account ID.</source>
        <translation>すべてゼロの GUID はアカウント ID ではありません。</translation>
    </message>
    <message>
        <source>Enter the account domain, such as eastus.mixedreality.azure.com.</source>
        <translation>アカウント ドメインを入力してください (eastus.mixedreality.azure.com など)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name.</source>
        <translation>&apos;%1&apos; は有効なドメイン名ではありません。</translation>
    </message>
    <message>
        <source>The custom STS endpoint is not a valid URL.</source>
        <translation>カスタム STS エンドポイントが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback endpoints; use https.</source>
        <translation>プレーンな http はループバック エンドポイントにのみ使用できます。https を使用してください。</translation>
    </message>
    <message>
        <source>The custom STS endpoint must be an https URL.</source>
        <translation>カスタム STS エンドポイントは https の URL である必要があります。</translation>
    </message>
    <message>
        <source>Enter the Azure AD tenant ID (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Azure AD テナント ID を入力してください (GUID、または contoso.onmicrosoft.com などのドメイン)。</translation>
    </message>
    <message>
        <source>The tenant ID must be a GUID or a domain name.</source>
        <translation>テナント ID は GUID またはドメイン名である必要があります。</translation>
    </message>
    <message>
        <source>Enter the Azure AD application (client) ID, a GUID.</source>
        <translation>Azure AD アプリケーション (クライアント) ID を GUID で入力してください。</translation>
    </message>
    <message>
        <source>The client ID must be a GUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>クライアント ID は GUID (8-4-4-4-12 桁の 16 進数) である必要があります。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid service URL.</source>
        <translation>アカウント &quot;%1&quot; のサービス URL が無効です。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has an invalid authority host.</source>
        <translation>アカウント &quot;%1&quot; の機関ホストが無効です。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountConnection</name>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>CA 証明書ファイル %1 に PEM 証明書が含まれていません。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>Edit Account — %1</source>
        <translation>アカウントの編集 — %1</translation>
    </message>
    <message>
        <source>Duplicate Account — %1</source>
        <translation>アカウントの複製 — %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>How the account appears in MrAuth</source>
        <translation>MrAuth でのアカウントの表示名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>Custom service name</source>
        <translation>カスタム サービス名</translation>
    </message>
    <message>
        <source>Service na&amp;me:</source>
        <translation>サービス名(&amp;M):</translation>
    </message>
    <message>
        <source>Custom service URL</source>
        <translation>カスタム サービスの URL</translation>
    </message>
    <message>
        <source>https://service.example.com/ (for the curl command)</source>
        <translation>https://service.example.com/ (curl コマンド用)</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>サービス URL(&amp;U):</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>アカウント ID(&amp;I):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>カスタム ドメイン</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>アカウント ドメイン</translation>
    </message>
    <message>
        <source>eastus.mixedreality.azure.com</source>
        <translation>eastus.mixedreality.azure.com</translation>
    </message>
    <message>
        <source>Account &amp;domain:</source>
        <translation>アカウント ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>サインイン方法(&amp;S):</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>プライマリ キー</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>セカンダリ キー</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>プライマリ キー(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;econdary key:</source>
        <translation>セカンダリ キー(&amp;E):</translation>
    </message>
    <message>
        <source>Use pr&amp;imary</source>
        <translation>プライマリを使用(&amp;I)</translation>
    </message>
    <message>
        <source>Use the primary key</source>
        <translation>プライマリ キーを使用します</translation>
    </message>
    <message>
        <source>Use secon&amp;dary</source>
        <translation>セカンダリを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Use the secondary key</source>
        <translation>セカンダリ キーを使用します</translation>
    </message>
    <message>
        <source>Key in use:</source>
        <translation>使用中のキー:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <source>GUID or contoso.onmicrosoft.com</source>
        <translation>GUID または contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>機関ホスト</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>テナント ID(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>クライアント ID(&amp;L):</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>クライアント シークレット(&amp;C):</translation>
    </message>
    <message>
        <source>Au&amp;thority host:</source>
        <translation>機関ホスト(&amp;T):</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>スコープ(&amp;O):</translation>
    </message>
    <message>
        <source>Connection (optional)</source>
        <translation>接続 (省略可能)</translation>
    </message>
    <message>
        <source>Custom STS endpoint</source>
        <translation>カスタム STS エンドポイント</translation>
    </message>
    <message>
        <source>https://sts.&lt;account domain&gt; (default)</source>
        <translation>https://sts.&lt;アカウント ドメイン&gt; (既定)</translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation>STS エンドポイント(&amp;P):</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>追加の CA 証明書ファイル</translation>
    </message>
    <message>
        <source>PEM file of a private CA to trust (optional)</source>
        <translation>信頼するプライベート CA の PEM ファイル (省略可能)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate</source>
        <translation>CA 証明書を参照します</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 証明書(&amp;A):</translation>
    </message>
    <message>
        <source>Refresh the token &amp;automatically before it expires</source>
        <translation>有効期限が切れる前にトークンを自動的に更新する(&amp;A)</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテストします</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the stored secrets from %1…</source>
        <translation>%1 から保存済みのシークレットを読み込んでいます…</translation>
    </message>
    <message>
        <source>The stored secrets could not be read: %1 Enter them again, or cancel and retry once the keychain is available.</source>
        <translation>保存済みのシークレットを読み込めませんでした: %1 もう一度入力するか、キャンセルしてキーチェーンが使用可能になってから再試行してください。</translation>
    </message>
    <message>
        <source>Enter the primary key, or use the secondary key.</source>
        <translation>プライマリ キーを入力するか、セカンダリ キーを使用してください。</translation>
    </message>
    <message>
        <source>Enter the secondary key, or use the primary key.</source>
        <translation>セカンダリ キーを入力するか、プライマリ キーを使用してください。</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>クライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <source>✓ A valid account ID.</source>
        <translation>✓ 有効なアカウント ID です。</translation>
    </message>
    <message>
        <source>A custom domain: the STS is https://sts.%1</source>
        <translation>カスタム ドメイン: STS は https://sts.%1 です</translation>
    </message>
    <message>
        <source>✓ Region %1; the STS is https://sts.%2</source>
        <translation>✓ リージョン %1、STS は https://sts.%2 です</translation>
    </message>
    <message>
        <source>You will be shown a code to enter at the sign-in page on any device.</source>
        <translation>任意のデバイスのサインイン ページで入力するコードが表示されます。</translation>
    </message>
    <message>
        <source>Your browser opens for the sign-in; the app must allow the redirect URI http://localhost.</source>
        <translation>サインインのためにブラウザーが開きます。アプリはリダイレクト URI http://localhost を許可している必要があります。</translation>
    </message>
    <message>
        <source>Uses the account signed in with &apos;az login&apos; (az must be on PATH).</source>
        <translation>&apos;az login&apos; でサインインしたアカウントを使用します (az が PATH 上にある必要があります)。</translation>
    </message>
    <message>
        <source>optional: the CLI&apos;s tenant by default</source>
        <translation>省略可能: 既定では CLI のテナント</translation>
    </message>
    <message>
        <source>Fix the form first: %1</source>
        <translation>まずフォームを修正してください: %1</translation>
    </message>
    <message>
        <source>Sign in: open %1 and enter the code %2. Waiting…</source>
        <translation>サインイン: %1 を開き、コード %2 を入力してください。待機しています…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser (%1)…</source>
        <translation>ブラウザーでのサインインを待機しています (%1)…</translation>
    </message>
    <message>
        <source>Getting a token from the STS…</source>
        <translation>STS からトークンを取得しています…</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>テストのキャンセル(&amp;T)</translation>
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
        <translation>✓ STS がトークンを発行しました。有効期限: %1 (%2 ms)。
%3</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>
HTTP status: %1</source>
        <translation>
HTTP 状態: %1</translation>
    </message>
    <message>
        <source>
WWW-Authenticate: %1</source>
        <translation>
WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Storing the secrets in %1…</source>
        <translation>%1 にシークレットを保存しています…</translation>
    </message>
    <message>
        <source>The secrets could not be stored, so the account was not saved: %1</source>
        <translation>シークレットを保存できなかったため、アカウントは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 の表示/非表示を切り替えます</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountEdit</name>
    <message>
        <source>The account needs a name that is not empty.</source>
        <translation>アカウントには空でない名前が必要です。</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already; change it with &apos;mrauth accounts edit %1&apos; or choose another name.</source>
        <translation>&apos;%1&apos; という名前のアカウントは既に存在します。&apos;mrauth accounts edit %1&apos; で変更するか、別の名前を選択してください。</translation>
    </message>
    <message>
        <source>--rename needs a name that is not empty.</source>
        <translation>--rename には空でない名前が必要です。</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; exists already.</source>
        <translation>&apos;%1&apos; という名前のアカウントは既に存在します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Give --account-domain or --region, not both.</source>
        <translation>--account-domain と --region の両方ではなく、どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>account domain</source>
        <translation>アカウント ドメイン</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>service URL</source>
        <translation>サービス URL</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>STS エンドポイント</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Say how the account signs in to Azure AD with --auth client-secret, device-code, interactive-browser or azure-cli.</source>
        <translation>--auth client-secret、device-code、interactive-browser、azure-cli のいずれかで、アカウントが Azure AD にサインインする方法を指定してください。</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>キー スロット</translation>
    </message>
    <message>
        <source>tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>authority host</source>
        <translation>機関ホスト</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>Azure AD スコープ</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>--%1 is for Azure AD sign-in, but the account uses an account key (choose the sign-in with --auth).</source>
        <translation>--%1 は Azure AD サインイン用ですが、このアカウントはアカウント キーを使用します (--auth でサインイン方法を選択してください)。</translation>
    </message>
    <message>
        <source>--key-slot is for account keys, but the account signs in with Azure AD.</source>
        <translation>--key-slot はアカウント キー用ですが、このアカウントは Azure AD でサインインします。</translation>
    </message>
    <message>
        <source>--key-stdin stores an account key, but the account signs in with Azure AD.</source>
        <translation>--key-stdin はアカウント キーを保存しますが、このアカウントは Azure AD でサインインします。</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>プライマリ キー</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>セカンダリ キー</translation>
    </message>
    <message>
        <source>--client-secret-stdin stores a client secret, but the account does not sign in with one (--auth client-secret).</source>
        <translation>--client-secret-stdin はクライアント シークレットを保存しますが、このアカウントはクライアント シークレットでサインインしません (--auth client-secret)。</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Nothing to change: give the fields to change as options.</source>
        <translation>変更する項目がありません: 変更するフィールドをオプションとして指定してください。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountListFormat</name>
    <message>
        <source>Account &quot;%1&quot; appears twice; the second copy was ignored.</source>
        <translation>アカウント &quot;%1&quot; が 2 回出現します。2 つ目は無視されました。</translation>
    </message>
    <message>
        <source>An account entry is not a JSON object.</source>
        <translation>アカウント エントリが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The file is not an MrAuth account list.</source>
        <translation>このファイルは MrAuth のアカウント一覧ではありません。</translation>
    </message>
    <message>
        <source>The file was written by a newer MrAuth (format version %1).</source>
        <translation>このファイルは新しいバージョンの MrAuth で書き込まれました (形式バージョン %1)。</translation>
    </message>
    <message>
        <source>The file has no account list.</source>
        <translation>このファイルにはアカウント一覧がありません。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>このファイルは有効な JSON ではありません (バイト %2 で %1)。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountLookup</name>
    <message numerus="yes">
        <source>%n accounts are named &apos;%1&apos;.</source>
        <translation>
            <numerusform>&apos;%1&apos; という名前のアカウントが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one by its id instead: %1.</source>
        <translation>代わりに ID で指定してください: %1。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStore</name>
    <message>
        <source>The account has no id.</source>
        <translation>アカウントに ID がありません。</translation>
    </message>
    <message>
        <source>The account is already in the list.</source>
        <translation>アカウントは既に一覧にあります。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists; another program may have removed it.</source>
        <translation>アカウント &quot;%1&quot; は存在しなくなりました。別のプログラムによって削除された可能性があります。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>アカウントは存在しなくなりました。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not an MrAuth account list.</source>
        <translation>%1 は MrAuth のアカウント一覧ではありません。</translation>
    </message>
    <message>
        <source>The account list is locked by another program (%1). Try again in a moment.</source>
        <translation>アカウント一覧は別のプログラム (%1) によってロックされています。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The damaged file could not be set aside; it was left as it is.</source>
        <translation>破損したファイルを退避できなかったため、そのままにしました。</translation>
    </message>
    <message>
        <source>Could not save the account list to %1: %2</source>
        <translation>アカウント一覧を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountStoreReport</name>
    <message>
        <source>The account list could not be read: %1</source>
        <translation>アカウント一覧を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The account list was damaged and has been repaired.</source>
        <translation>アカウント一覧が破損していたため、修復しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) recovered.</source>
        <translation>
            <numerusform>%n 個のアカウントを復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came from the backup.</source>
        <translation>
            <numerusform>そのうち %n 個はバックアップから復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n 個のエントリを読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>破損したファイルは %1 として保存されています。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsCommand</name>
    <message>
        <source>No account is stored yet. Add one with:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</source>
        <translation>アカウントがまだ保存されていません。次のコマンドで追加してください:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add NAME --account-id ID --account-domain DOMAIN --key-stdin</translation>
    </message>
    <message>
        <source>Warning: the keychain could not be read: %1</source>
        <translation>警告: キーチェーンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; を追加しました。</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos;; %2 stored in %3.</source>
        <translation>&apos;%1&apos; を追加しました。%2 を %3 に保存しました。</translation>
    </message>
    <message>
        <source>No key is stored yet; store it with: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</source>
        <translation>キーはまだ保存されていません。次のコマンドで保存してください: printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts edit &apos;%1&apos; --key-stdin</translation>
    </message>
    <message>
        <source>No client secret is stored yet; store it with: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</source>
        <translation>クライアント シークレットはまだ保存されていません。次のコマンドで保存してください: mrauth accounts edit &apos;%1&apos; --client-secret-stdin</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2).</source>
        <translation>&apos;%1&apos; を更新しました (%2)。</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos; (%2); %3 stored in %4.</source>
        <translation>&apos;%1&apos; を更新しました (%2)。%3 を %4 に保存しました。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not removed, so that its secrets are not left behind in the keychain.</source>
        <translation>シークレットがキーチェーンに残らないように、&apos;%1&apos; は削除されませんでした。</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; and its secrets.</source>
        <translation>&apos;%1&apos; とそのシークレットを削除しました。</translation>
    </message>
</context>
<context>
    <name>MrAuth::AccountsOutput</name>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>アカウント ドメイン</translation>
    </message>
    <message>
        <source>STS endpoint</source>
        <translation>STS エンドポイント</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(既定)</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>サービス URL</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>機関ホスト</translation>
    </message>
    <message>
        <source>Azure AD scope</source>
        <translation>Azure AD スコープ</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown (the keychain could not be read)</source>
        <translation>不明 (キーチェーンを読み込めませんでした)</translation>
    </message>
</context>
<context>
    <name>MrAuth::AzureCliCredential</name>
    <message>
        <source>The Azure CLI (&apos;az&apos;) was not found on PATH. Install it and run &apos;az login&apos;, or use another credential.</source>
        <translation>Azure CLI (&apos;az&apos;) が PATH 上に見つかりませんでした。インストールして &apos;az login&apos; を実行するか、別の資格情報を使用してください。</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Azure CLI を起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The Azure CLI crashed: %1</source>
        <translation>Azure CLI がクラッシュしました: %1</translation>
    </message>
    <message numerus="yes">
        <source>The Azure CLI did not answer within %n ms.</source>
        <translation>
            <numerusform>Azure CLI が %n ms 以内に応答しませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MrAuth::CliApplication</name>
    <message>
        <source>There is no command &apos;%1&apos;; the commands are: %2.</source>
        <translation>コマンド &apos;%1&apos; はありません。使用できるコマンド: %2。</translation>
    </message>
    <message>
        <source>Paste the token (it is not shown), then press Enter: </source>
        <translation>トークンを貼り付けて (表示されません)、Enter キーを押してください: </translation>
    </message>
    <message>
        <source>No token: pass it on standard input (preferred) or as the argument.</source>
        <translation>トークンがありません: 標準入力 (推奨) または引数で渡してください。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CliError</name>
    <message>
        <source>Check the account&apos;s key: store the current one with &apos;%1&apos;, or use the other key with --key-slot.</source>
        <translation>アカウントのキーを確認してください: &apos;%1&apos; で現在のキーを保存するか、--key-slot でもう一方のキーを使用してください。</translation>
    </message>
    <message>
        <source>Check the account ID and the key (both from the Azure portal&apos;s Access keys page).</source>
        <translation>アカウント ID とキーを確認してください (どちらも Azure portal の [アクセス キー] ページにあります)。</translation>
    </message>
    <message>
        <source>Check the Azure AD tenant, client ID and secret.</source>
        <translation>Azure AD のテナント、クライアント ID、シークレットを確認してください。</translation>
    </message>
    <message>
        <source>The Azure AD principal needs a role on the account (for example Spatial Anchors Account Reader).</source>
        <translation>Azure AD プリンシパルには、アカウントに対するロール (Spatial Anchors Account Reader など) が必要です。</translation>
    </message>
    <message>
        <source>Check the account ID and the Azure AD settings.</source>
        <translation>アカウント ID と Azure AD の設定を確認してください。</translation>
    </message>
    <message>
        <source>Check the account ID and the account domain.</source>
        <translation>アカウント ID とアカウント ドメインを確認してください。</translation>
    </message>
    <message>
        <source>If the STS uses a private or test CA, pass its certificate with --ca-file.</source>
        <translation>STS がプライベート CA またはテスト用 CA を使用している場合は、--ca-file でその証明書を渡してください。</translation>
    </message>
    <message>
        <source>Retry, or allow more time with --timeout.</source>
        <translation>再試行するか、--timeout で時間を延ばしてください。</translation>
    </message>
    <message>
        <source>The STS is throttling requests: wait a little, then retry (or raise --retries).</source>
        <translation>STS が要求を調整 (スロットル) しています: しばらく待ってから再試行してください (または --retries を増やしてください)。</translation>
    </message>
    <message>
        <source>The service failed; retry later and give support both correlation vectors.</source>
        <translation>サービスでエラーが発生しました。後で再試行し、サポートには両方の相関ベクトルを伝えてください。</translation>
    </message>
    <message>
        <source>Check the network connection and the STS endpoint.</source>
        <translation>ネットワーク接続と STS エンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>The endpoint did not answer like a Mixed Reality STS; check --endpoint.</source>
        <translation>エンドポイントが Mixed Reality STS のように応答しませんでした。--endpoint を確認してください。</translation>
    </message>
    <message>
        <source>Store it with &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; で保存してください。</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for the account.</source>
        <translation>キーチェーンにこのアカウントの %1 がありません。</translation>
    </message>
    <message>
        <source>Without a keychain (a server or CI), use an ad-hoc account: --account-id, --account-domain and MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>キーチェーンがない環境 (サーバーや CI) では、アドホック アカウントを使用してください: --account-id、--account-domain、MIXEDREALITY_ACCOUNT_KEY。</translation>
    </message>
    <message>
        <source>Allow mrauth to use the keychain, then retry.</source>
        <translation>mrauth にキーチェーンの使用を許可してから、再試行してください。</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>アカウントがまだ保存されていません。&apos;mrauth accounts add NAME …&apos; で追加してください。</translation>
    </message>
    <message>
        <source>The stored accounts are: %1.</source>
        <translation>保存済みのアカウント: %1。</translation>
    </message>
    <message>
        <source>There is no stored account named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; という名前の保存済みアカウントはありません。</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClientSecretCredential</name>
    <message>
        <source>The client secret is empty: copy the secret&apos;s value (not its ID) from the app registration&apos;s Certificates &amp; secrets page.</source>
        <translation>クライアント シークレットが空です: アプリの登録の [証明書とシークレット] ページから、シークレットの値 (ID ではなく) をコピーしてください。</translation>
    </message>
</context>
<context>
    <name>MrAuth::ClipboardSession</name>
    <message>
        <source>There is no display to copy to: %1 is not set (an SSH session, a container or a console?). Print the token instead, for example &apos;mrauth token NAME&apos;, or use --copy in a graphical session.</source>
        <translation>コピー先のディスプレイがありません: %1 が設定されていません (SSH セッション、コンテナー、コンソールのいずれかですか?)。代わりにトークンを出力する (&apos;mrauth token NAME&apos; など) か、グラフィカル セッションで --copy を使用してください。</translation>
    </message>
    <message>
        <source>The Qt platform &apos;%1&apos; has no clipboard that other programs can read, so copying is impossible here. Run --copy in a graphical session, or print the token instead.</source>
        <translation>Qt プラットフォーム &apos;%1&apos; には他のプログラムが読み取れるクリップボードがないため、ここではコピーできません。グラフィカル セッションで --copy を実行するか、代わりにトークンを出力してください。</translation>
    </message>
    <message>
        <source>Could not connect to the display (%1), so copying is impossible. Check that the graphical session is running, or print the token instead.</source>
        <translation>ディスプレイ (%1) に接続できなかったため、コピーできません。グラフィカル セッションが実行中であることを確認するか、代わりにトークンを出力してください。</translation>
    </message>
    <message>
        <source>Clearing the clipboard in %1 (Ctrl+C clears it now)</source>
        <translation>%1 後にクリップボードをクリアします (Ctrl+C で今すぐクリア)</translation>
    </message>
    <message>
        <source>Interrupted: clipboard cleared.</source>
        <translation>中断しました: クリップボードをクリアしました。</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>クリップボードをクリアしました。</translation>
    </message>
    <message>
        <source>The clipboard now holds something else; nothing is left to clear.</source>
        <translation>クリップボードには別の内容が入っているため、クリアするものはありません。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>中断しました。</translation>
    </message>
    <message>
        <source>The clipboard did not take the text.</source>
        <translation>クリップボードがテキストを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Copied to the clipboard. It will be cleared in %1 s; mrauth keeps running until then, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>クリップボードにコピーしました。%1 秒後にクリアされます。クリップボードの内容はコピーしたプログラムが実行している間しか保持されないため、それまで mrauth は実行し続けます。Ctrl+C で今すぐクリアします。</translation>
    </message>
    <message>
        <source>Copied to the clipboard. mrauth keeps running until something else is copied, because the clipboard&apos;s content lives only as long as the program that copied it. Ctrl+C clears it now.</source>
        <translation>クリップボードにコピーしました。クリップボードの内容はコピーしたプログラムが実行している間しか保持されないため、別の内容がコピーされるまで mrauth は実行し続けます。Ctrl+C で今すぐクリアします。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandLine</name>
    <message>
        <source>&apos;%1&apos; is not a valid value for --%2; use one of: %3.</source>
        <translation>&apos;%1&apos; は --%2 の有効な値ではありません。次のいずれかを使用してください: %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; the commands are: %2.</source>
        <translation>&apos;%1&apos; はコマンドではありません。使用できるコマンド: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of &apos;%2&apos;; use one of: %3.</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; のコマンドではありません。次のいずれかを使用してください: %3。</translation>
    </message>
    <message>
        <source>--%1: secrets are never taken as arguments, which every user of the machine can see in the process list. Pipe the secret to --key-stdin or --client-secret-stdin, or set MIXEDREALITY_ACCOUNT_KEY.</source>
        <translation>--%1: シークレットは引数として受け付けません。引数はプロセス一覧でマシンのすべてのユーザーに見えるためです。シークレットを --key-stdin または --client-secret-stdin にパイプで渡すか、MIXEDREALITY_ACCOUNT_KEY を設定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>&apos;%1&apos; にオプション --%2 はありません。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 は値を取りません。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 には値 (%2) が必要です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option -%2.</source>
        <translation>&apos;%1&apos; にオプション -%2 はありません。</translation>
    </message>
    <message>
        <source>-%1 needs a value (%2).</source>
        <translation>-%1 には値 (%2) が必要です。</translation>
    </message>
    <message>
        <source>Name a command: %1.</source>
        <translation>コマンドを指定してください: %1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <translation>&apos;%1&apos; にはコマンドが必要です: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2.</source>
        <translation>&apos;%1&apos; には %2 が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no arguments (%n given).</source>
        <translation>
            <numerusform>&apos;%1&apos; は引数を取りません (%n 個指定されました)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2 at most, but %n arguments were given. Secrets are never taken as arguments.</source>
        <translation>
            <numerusform>&apos;%1&apos; が取る引数は最大 %2 ですが、%n 個の引数が指定されました。シークレットは引数として受け付けません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>&apos;%1&apos; は次のいずれでもありません: %2。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CommandTable</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Print no notices or warnings on standard error; errors are still printed.</source>
        <translation>通知や警告を標準エラーに出力しません。エラーは引き続き出力されます。</translation>
    </message>
    <message>
        <source>Print debug logging of the requests on standard error (never a secret).</source>
        <translation>要求のデバッグ ログを標準エラーに出力します (シークレットは出力しません)。</translation>
    </message>
    <message>
        <source>Custom STS endpoint instead of https://sts.DOMAIN (https; plain http only on loopback).</source>
        <translation>https://sts.DOMAIN の代わりに使用するカスタム STS エンドポイント (https。プレーンな http はループバックのみ)。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private or test CA).</source>
        <translation>この PEM ファイル内の CA 証明書 (プライベート CA またはテスト用 CA) も信頼します。</translation>
    </message>
    <message>
        <source>The Mixed Reality account ID (a GUID).</source>
        <translation>Mixed Reality アカウント ID (GUID)。</translation>
    </message>
    <message>
        <source>The account domain, e.g. eastus.mixedreality.azure.com.</source>
        <translation>アカウント ドメイン (例: eastus.mixedreality.azure.com)。</translation>
    </message>
    <message>
        <source>Azure AD tenant (a GUID or a domain such as contoso.onmicrosoft.com).</source>
        <translation>Azure AD テナント (GUID、または contoso.onmicrosoft.com などのドメイン)。</translation>
    </message>
    <message>
        <source>Azure AD application (client) ID, a GUID.</source>
        <translation>Azure AD アプリケーション (クライアント) ID (GUID)。</translation>
    </message>
    <message>
        <source>Azure AD authority host (default https://login.microsoftonline.com; sovereign clouds differ).</source>
        <translation>Azure AD 機関ホスト (既定は https://login.microsoftonline.com。ソブリン クラウドでは異なります)。</translation>
    </message>
    <message>
        <source>Azure AD scope to ask for (default https://sts.mixedreality.azure.com//.default).</source>
        <translation>要求する Azure AD スコープ (既定は https://sts.mixedreality.azure.com//.default)。</translation>
    </message>
    <message>
        <source>Instead of --account-domain: the account&apos;s region, e.g. eastus (eastus2 is mixedreality.azure.com).</source>
        <translation>--account-domain の代わりに指定するアカウントのリージョン (例: eastus。eastus2 は mixedreality.azure.com)。</translation>
    </message>
    <message>
        <source>The service the tokens are for (default spatial-anchors).</source>
        <translation>トークンの対象となるサービス (既定は spatial-anchors)。</translation>
    </message>
    <message>
        <source>For --service custom: what the service is called.</source>
        <translation>--service custom の場合: サービスの名前。</translation>
    </message>
    <message>
        <source>The service&apos;s base URL, for the curl format (default: the service host of the account domain).</source>
        <translation>curl 形式で使用するサービスのベース URL (既定: アカウント ドメインのサービス ホスト)。</translation>
    </message>
    <message>
        <source>How to authenticate (default account-key).</source>
        <translation>認証方法 (既定は account-key)。</translation>
    </message>
    <message>
        <source>Which account key the account uses, and which one --key-stdin stores (default primary).</source>
        <translation>アカウントが使用するアカウント キー、および --key-stdin で保存するキー (既定は primary)。</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input and store it in the keychain.</source>
        <translation>標準入力の 1 行からアカウント キーを読み取り、キーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Read the client secret from one line of standard input (after the key, if both) and store it in the keychain.</source>
        <translation>標準入力の 1 行からクライアント シークレットを読み取り (両方の場合はキーの後)、キーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Whether the desktop app refreshes the account&apos;s token before it expires (default on).</source>
        <translation>デスクトップ アプリが有効期限の前にアカウントのトークンを更新するかどうか (既定は on)。</translation>
    </message>
    <message>
        <source>Get an access token for a stored or ad-hoc account.</source>
        <translation>保存済みアカウントまたはアドホック アカウントのアクセス トークンを取得します。</translation>
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
        <translation>NAME は保存済みアカウントです (&apos;mrauth accounts list&apos; を参照)。そのキーまたはクライアント
シークレットはシステムのキーチェーンから取得されます。NAME を省略するとアドホック アカウントに
なります: --account-id と --account-domain (または MIXEDREALITY_ACCOUNT_ID と
MIXEDREALITY_ACCOUNT_DOMAIN) でアカウントを指定し、MIXEDREALITY_ACCOUNT_KEY または
--key-stdin のアカウント キーでサインインするか、Azure AD でサインインします: --tenant-id と
--client-id に --client-secret-stdin (または AZURE_CLIENT_SECRET)、--device-code、
または --azure-cli を指定します。

シークレットは引数として受け付けません: 引数はプロセス一覧でマシンのすべてのユーザーに
見えるためです。--key-stdin と --client-secret-stdin は標準入力から 1 行を読み取ります
(端末ではエコーしません)。

形式:
  token   トークンのみと改行 (既定)
  json    {accessToken, expiresOn (ISO 8601 UTC), expiresOnEpoch, accountId,
          accountDomain, endpoint, requestCorrelationVector,
          responseCorrelationVector}。保存済みアカウントでは name も含みます
  header  Authorization: Bearer TOKEN
  env     export MIXEDREALITY_ACCESS_TOKEN=&apos;TOKEN&apos;
  curl    アカウントのサービス URL に対する curl コマンド
--all は保存済みアカウントごとに 1 つの json オブジェクトを含む JSON 配列を出力します。
失敗したアカウントでは、トークンの代わりにエラー オブジェクト {type, message, httpStatus,
wwwAuthenticate, requestCorrelationVector, responseCorrelationVector, exitCode} が
入ります。すべてのアカウントがトークンを取得できた場合にのみ終了コード 0 で終了します。

--copy はクリップボード マネージャーが保持しないように印を付けてテキストをクリップボードに
置き、標準出力には何も出力せず、クリップボードがクリアされるまで実行し続けます: クリアは
--clear-after 秒後 (既定は 30、またはアプリの設定。0 の場合は別の内容がコピーされるまで
待機)、または Ctrl+C で直ちに行われます。クリップボードの内容は、コピーしたプログラムが
実行している間しか保持されません。--copy にはグラフィカル セッションが必要です。

エラーは標準エラーに 1 行で出力されます: エラーの種類、メッセージ、HTTP 状態、および
サポートが必要とする両方の相関ベクトル (送信した X-MRC-CV、受信した MS-CV)。

環境変数 (アドホック アカウント。オプションが優先): MIXEDREALITY_ACCOUNT_ID,
MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY, MIXEDREALITY_STS_ENDPOINT,
MIXEDREALITY_CA_FILE, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
AZURE_AUTHORITY_HOST。

終了コード:
  0  成功
  2  使用法: 不正なオプション、引数、または値
  3  認証が拒否された (HTTP 400、401、403)
  4  アカウントが見つからない (HTTP 404、または不明な NAME)
  5  ネットワーク、TLS、またはタイムアウト
  6  無効な応答
  7  キーチェーンが使用できない、またはアカウントのシークレットがキーチェーンにない
  1  その他 (すべての再試行後のスロットリングやサーバー エラーなど)

例:
  export TOKEN=&quot;$(mrauth token my-anchors)&quot;
  mrauth token my-anchors --format json | jq -r .expiresOn
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth token --account-id ID \
      --account-domain eastus.mixedreality.azure.com --key-stdin
  mrauth token --account-id ID --account-domain DOMAIN --azure-cli
  mrauth token my-anchors --copy --clear-after 20</translation>
    </message>
    <message>
        <source>Every stored account, fetched concurrently (JSON array).</source>
        <translation>すべての保存済みアカウント (同時に取得、JSON 配列)。</translation>
    </message>
    <message>
        <source>Read the account key from one line of standard input (else from MIXEDREALITY_ACCOUNT_KEY).</source>
        <translation>標準入力の 1 行からアカウント キーを読み取ります (それ以外の場合は MIXEDREALITY_ACCOUNT_KEY から)。</translation>
    </message>
    <message>
        <source>For a stored account: use this key instead of the account&apos;s choice.</source>
        <translation>保存済みアカウントの場合: アカウントで選択されたキーの代わりにこのキーを使用します。</translation>
    </message>
    <message>
        <source>Azure AD service principal: read the client secret from one line of standard input.</source>
        <translation>Azure AD サービス プリンシパル: 標準入力の 1 行からクライアント シークレットを読み取ります。</translation>
    </message>
    <message>
        <source>Azure AD user sign-in on another device: prints a code to enter at a web page.</source>
        <translation>別のデバイスでの Azure AD ユーザー サインイン: Web ページで入力するコードを出力します。</translation>
    </message>
    <message>
        <source>Azure AD through the signed-in Azure CLI (az login).</source>
        <translation>サインイン済みの Azure CLI (az login) を介した Azure AD。</translation>
    </message>
    <message>
        <source>Ad-hoc account: its service, for the curl format.</source>
        <translation>アドホック アカウント: curl 形式で使用するサービス。</translation>
    </message>
    <message>
        <source>The URL the curl format calls (default: the service host of the account domain).</source>
        <translation>curl 形式で呼び出す URL (既定: アカウント ドメインのサービス ホスト)。</translation>
    </message>
    <message>
        <source>token, json, header, env or curl (default token; json with --all).</source>
        <translation>token、json、header、env、curl のいずれか (既定は token。--all では json)。</translation>
    </message>
    <message>
        <source>Copy to the clipboard instead of printing, and wait until it is cleared.</source>
        <translation>出力する代わりにクリップボードにコピーし、クリアされるまで待機します。</translation>
    </message>
    <message>
        <source>With --copy: clear the clipboard after this many seconds (default 30; 0: when replaced).</source>
        <translation>--copy の場合: この秒数後にクリップボードをクリアします (既定は 30。0 は置き換えられたとき)。</translation>
    </message>
    <message>
        <source>Give up after this many seconds in all, retries and sign-in included (default: 30 s per try).</source>
        <translation>再試行とサインインを含め、合計でこの秒数が経過したら中止します (既定: 1 回の試行につき 30 秒)。</translation>
    </message>
    <message>
        <source>Retry throttled, failed or timed-out requests up to N times (default 3, at most 10).</source>
        <translation>スロットリング、失敗、またはタイムアウトした要求を最大 N 回再試行します (既定は 3、最大 10)。</translation>
    </message>
    <message>
        <source>List, show, add, edit or remove stored accounts.</source>
        <translation>保存済みアカウントの一覧表示、表示、追加、編集、削除を行います。</translation>
    </message>
    <message>
        <source>The accounts are the desktop app&apos;s: the same list (metadata only) and the same
keychain entries for their secrets. Changes show up in a running app at once.</source>
        <translation>アカウントはデスクトップ アプリと共有されます: 同じ一覧 (メタデータのみ) と、シークレット用の
同じキーチェーン エントリを使用します。変更は実行中のアプリに直ちに反映されます。</translation>
    </message>
    <message>
        <source>List the stored accounts.</source>
        <translation>保存済みアカウントを一覧表示します。</translation>
    </message>
    <message>
        <source>Formats: table (the default) has one line per account; json is an array of the
accounts&apos; metadata as the app stores it; names prints one name per line, for
scripts and shell completion. No keychain access is needed.</source>
        <translation>形式: table (既定) はアカウントごとに 1 行です。json はアプリが保存するとおりの
アカウントのメタデータの配列です。names は 1 行に 1 つの名前を出力します (スクリプトや
シェル補完用)。キーチェーンへのアクセスは不要です。</translation>
    </message>
    <message>
        <source>table, json or names (default table).</source>
        <translation>table、json、names のいずれか (既定は table)。</translation>
    </message>
    <message>
        <source>Show one account and which of its secrets are stored.</source>
        <translation>1 つのアカウントと、そのシークレットのうち保存済みのものを表示します。</translation>
    </message>
    <message>
        <source>Shows the metadata and, from the keychain, whether each secret the account can use
is stored (never the secret itself). When the keychain cannot be reached the
secrets show as unknown and a warning says why.</source>
        <translation>メタデータと、アカウントが使用できる各シークレットがキーチェーンに保存されているかどうかを
表示します (シークレット自体は表示しません)。キーチェーンにアクセスできない場合、
シークレットは不明と表示され、警告でその理由が示されます。</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text または json (既定は text)。</translation>
    </message>
    <message>
        <source>Add an account; its secret goes to the keychain.</source>
        <translation>アカウントを追加します。そのシークレットはキーチェーンに保存されます。</translation>
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
        <translation>NAME は CLI とアプリでアカウントを参照するための名前です。アカウント キーを使用する
アカウントには --account-id、--account-domain (または --region)、およびトークンを取得する
ためのキーが必要です:
  printf &apos;%s\n&apos; &quot;$KEY&quot; | mrauth accounts add my-anchors \
      --account-id ID --account-domain eastus.mixedreality.azure.com --key-stdin
サービス プリンシパル: --auth client-secret --tenant-id T --client-id C
--client-secret-stdin。デバイス コード、対話型ブラウザー、Azure CLI のサインインには
シークレットは不要です。
シークレットはアカウントの保存前にキーチェーンに書き込まれます。キーチェーンにアクセス
できない場合は何も保存されません (終了コード 7)。</translation>
    </message>
    <message>
        <source>Change an account&apos;s fields or store a new secret.</source>
        <translation>アカウントのフィールドを変更するか、新しいシークレットを保存します。</translation>
    </message>
    <message>
        <source>Only the fields given change. An empty value (--endpoint=) clears an optional field.
Key rotation, storing the new secondary key and switching to it:
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</source>
        <translation>指定したフィールドのみが変更されます。空の値 (--endpoint=) は省略可能なフィールドをクリアします。
キーのローテーション (新しいセカンダリ キーを保存して切り替える):
  printf &apos;%s\n&apos; &quot;$NEW_KEY&quot; | mrauth accounts edit my-anchors \
      --key-slot secondary --key-stdin</translation>
    </message>
    <message>
        <source>Give the account a new name.</source>
        <translation>アカウントの名前を変更します。</translation>
    </message>
    <message>
        <source>Remove an account and its secrets from the keychain.</source>
        <translation>アカウントとそのシークレットをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>The secrets are deleted first; when the keychain cannot be reached the account stays
(exit 7), so that no secret is left behind without an account to find it by.</source>
        <translation>シークレットが最初に削除されます。キーチェーンにアクセスできない場合、アカウントは残ります
(終了コード 7)。これは、アカウントなしで見つけられないシークレットが残らないようにするためです。</translation>
    </message>
    <message>
        <source>Show a token&apos;s header and claims, dates in UTC.</source>
        <translation>トークンのヘッダーとクレームを表示します (日時は UTC)。</translation>
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
        <translation>TOKEN が &apos;-&apos; または省略された場合は標準入力からトークンを読み取ります。こちらを推奨します:
引数として指定したトークンは、mrauth の実行中にプロセス一覧で見えてしまいます。
貼り付けたテキストには &apos;Authorization: Bearer &apos; や &apos;export NAME=&apos; のプレフィックスや引用符が
含まれていてもかまいません。日時 (exp、nbf、iat) は UTC および現在からの相対時間で表示されます。
署名は検証されません (サービスが検証します)。

--check は、通常どおり出力した後、トークンの有効期限が切れているかまだ有効でない場合は
終了コード 8 (JWT でないか有効期限がない場合は 6) で終了します:
  mrauth token my-anchors | mrauth decode --check - &gt;/dev/null || echo renew</translation>
    </message>
    <message>
        <source>Exit 8 when the token has expired or is not valid yet.</source>
        <translation>トークンの有効期限が切れているか、まだ有効でない場合は終了コード 8 で終了します。</translation>
    </message>
    <message>
        <source>Print the completion script for bash, zsh or fish.</source>
        <translation>bash、zsh、fish 用の補完スクリプトを出力します。</translation>
    </message>
    <message>
        <source>Install it with one of:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
Account names are completed from &apos;mrauth accounts list --format names&apos;.</source>
        <translation>次のいずれかでインストールしてください:
  mrauth completion bash &gt; ~/.local/share/bash-completion/completions/mrauth
  mrauth completion zsh &gt; &quot;${fpath[1]}/_mrauth&quot;
  mrauth completion fish &gt; ~/.config/fish/completions/mrauth.fish
アカウント名は &apos;mrauth accounts list --format names&apos; から補完されます。</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>コマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the versions of mrauth, libmrauth and Qt.</source>
        <translation>mrauth、libmrauth、Qt のバージョンを表示します。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使用法:</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; を試してください。</translation>
    </message>
    <message>
        <source>mrauth %1: Mixed Reality access tokens for scripts and the clipboard.</source>
        <translation>mrauth %1: スクリプトとクリップボード向けの Mixed Reality アクセス トークン。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
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
        <translation>終了コード:
  0  成功
  2  使用法
  3  認証が拒否された (HTTP 400、401、403)
  4  アカウントが見つからない (HTTP 404、または不明な NAME)
  5  ネットワーク、TLS、またはタイムアウト
  6  無効な応答
  7  キーチェーンが使用できない
  8  有効期限切れまたはまだ有効でないトークンに対する &apos;decode --check&apos;
  1  その他
</translation>
    </message>
    <message>
        <source>Run &apos;mrauth COMMAND --help&apos; for the options of a command.</source>
        <translation>コマンドのオプションについては &apos;mrauth COMMAND --help&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>MrAuth::CopyFormats</name>
    <message>
        <source>Copy &amp;Token</source>
        <translation>トークンをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as &amp;Authorization Header</source>
        <translation>Authorization ヘッダーとしてコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url Command</source>
        <translation>curl コマンドとしてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as Shell &amp;Export</source>
        <translation>シェルの export としてコピー(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeOutput</name>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation>有効、有効期限 %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>not valid yet, valid from %1</source>
        <translation>まだ有効ではありません (%1 から有効)</translation>
    </message>
    <message>
        <source>no usable expiry (%1)</source>
        <translation>使用可能な有効期限がありません (%1)</translation>
    </message>
    <message>
        <source>not a JSON Web Token</source>
        <translation>JSON Web Token ではありません</translation>
    </message>
    <message>
        <source>This is not a JSON Web Token: %1</source>
        <translation>これは JSON Web Token ではありません: %1</translation>
    </message>
    <message>
        <source>Pass the whole token (three base64url parts separated by dots).</source>
        <translation>トークン全体 (ドットで区切られた 3 つの base64url 部分) を渡してください。</translation>
    </message>
    <message>
        <source>The token expired %1.</source>
        <translation>トークンは %1 に期限切れになりました。</translation>
    </message>
    <message>
        <source>The token is valid only from %1.</source>
        <translation>トークンは %1 以降にのみ有効です。</translation>
    </message>
    <message>
        <source>The token has no usable expiry, so it cannot be checked: %1</source>
        <translation>トークンに使用可能な有効期限がないため、確認できません: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::DecodeTokenDialog</name>
    <message>
        <source>Decode a Token</source>
        <translation>トークンのデコード</translation>
    </message>
    <message>
        <source>&amp;Paste a token (a JWT, optionally with &quot;Authorization: Bearer&quot;):</source>
        <translation>トークンを貼り付け (JWT。&quot;Authorization: Bearer&quot; 付きも可)(&amp;P):</translation>
    </message>
    <message>
        <source>Token to decode</source>
        <translation>デコードするトークン</translation>
    </message>
</context>
<context>
    <name>MrAuth::DemoMode</name>
    <message numerus="yes">
        <source>The STS emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>STS エミュレーターが %n 秒以内にアドレスを報告しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no accounts.</source>
        <translation>エミュレーターのデモ アカウント ファイルにアカウントがありません。</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>デモ %1</translation>
    </message>
    <message>
        <source>Demo %1 (Azure AD)</source>
        <translation>デモ %1 (Azure AD)</translation>
    </message>
    <message>
        <source>The emulator&apos;s demo accounts file has no usable account.</source>
        <translation>エミュレーターのデモ アカウント ファイルに使用可能なアカウントがありません。</translation>
    </message>
    <message>
        <source>The STS emulator (%1) was not found next to the app or on PATH.</source>
        <translation>STS エミュレーター (%1) がアプリと同じ場所にも PATH 上にも見つかりませんでした。</translation>
    </message>
    <message>
        <source>Cannot create the demo directory %1.</source>
        <translation>デモ ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>The STS emulator could not be started: %1</source>
        <translation>STS エミュレーターを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The STS emulator stopped (exit code %1).</source>
        <translation>STS エミュレーターが停止しました (終了コード %1)。</translation>
    </message>
    <message>
        <source>The STS emulator stopped: %1</source>
        <translation>STS エミュレーターが停止しました: %1</translation>
    </message>
    <message>
        <source>Cannot read the demo accounts file %1: %2</source>
        <translation>デモ アカウント ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Could not store the demo keys: %1</source>
        <translation>デモ キーを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The demo account list is gone.</source>
        <translation>デモ アカウント一覧がなくなりました。</translation>
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
        <translation>サインインが完了する前にデバイス コードの有効期限が切れました。</translation>
    </message>
    <message>
        <source>The user declined the sign-in.</source>
        <translation>ユーザーがサインインを拒否しました。</translation>
    </message>
</context>
<context>
    <name>MrAuth::EnvironmentCredential</name>
    <message>
        <source>The environment does not describe a service principal: %1 not set.</source>
        <translation>環境変数がサービス プリンシパルを表していません: %1 が設定されていません。</translation>
    </message>
</context>
<context>
    <name>MrAuth::InteractiveBrowserCredential</name>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n s.</source>
        <translation>
            <numerusform>ブラウザーでのサインインが %n 秒以内に完了しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser could be opened for the sign-in.</source>
        <translation>サインイン用のブラウザーを開けませんでした。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>サインインしました。このウィンドウを閉じて、アプリケーションに戻ってください。</translation>
    </message>
</context>
<context>
    <name>MrAuth::JwtView</name>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有効性</translation>
    </message>
    <message>
        <source>Decoded only: the signature is checked by the service, not here.</source>
        <translation>デコードのみ: 署名はここではなくサービスによって検証されます。</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>トークン ヘッダー</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>クレーム(&amp;L)</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>トークン クレーム</translation>
    </message>
    <message>
        <source>No token.</source>
        <translation>トークンがありません。</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>相対</translation>
    </message>
</context>
<context>
    <name>MrAuth::KeychainSecretStore</name>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation>システムのキーチェーン (サービス &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>キーチェーンにそのようなエントリはありません。</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>キーチェーンがアクセスを拒否しました: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start or unlock your keyring (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>使用できるキーチェーンがありません (%1)。キーリング (GNOME Keyring や KWallet など) を起動するかロックを解除してから、再試行してください。</translation>
    </message>
    <message>
        <source>The keychain could not be reached or is locked (%1). Unlock it, then retry.</source>
        <translation>キーチェーンにアクセスできないか、ロックされています (%1)。ロックを解除してから、再試行してください。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::LogPanel</name>
    <message>
        <source>Request log</source>
        <translation>要求ログ</translation>
    </message>
    <message>
        <source>Every token request: time, account, status, latency and both correlation vectors</source>
        <translation>すべてのトークン要求: 時刻、アカウント、状態、待機時間、両方の相関ベクトル</translation>
    </message>
    <message>
        <source>Secrets and tokens are never logged.</source>
        <translation>シークレットとトークンはログに記録されません。</translation>
    </message>
    <message>
        <source>&amp;Export Log…</source>
        <translation>ログのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the request log</source>
        <translation>要求ログをエクスポートします</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>ログのクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>要求ログをクリアします</translation>
    </message>
    <message>
        <source>Export Request Log</source>
        <translation>要求ログのエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no log to export.</source>
        <translation>エクスポートするログがありません。</translation>
    </message>
</context>
<context>
    <name>MrAuth::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>不正な要求</translation>
    </message>
    <message>
        <source>This is not a request MrAuth understands.</source>
        <translation>MrAuth が理解できる要求ではありません。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>ここには何もありません。</translation>
    </message>
</context>
<context>
    <name>MrAuth::MainWindow</name>
    <message>
        <source>MrAuth — Demo</source>
        <translation>MrAuth — デモ</translation>
    </message>
    <message>
        <source>MrAuth</source>
        <translation>MrAuth</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>クリップボードのクリアまで %1 秒</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>クリップボードをクリアしました。</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>アカウントの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>アカウントの編集(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Account…</source>
        <translation>アカウントの複製(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>アカウントの削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;veal Token</source>
        <translation>トークンを表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Hide All Tokens</source>
        <translation>すべてのトークンを非表示(&amp;H)</translation>
    </message>
    <message>
        <source>Token &amp;Details…</source>
        <translation>トークンの詳細(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh Token</source>
        <translation>トークンを更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;All Tokens</source>
        <translation>すべてのトークンを更新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation>取得のキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Decode a Token…</source>
        <translation>トークンのデコード(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>アカウントのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>アカウントのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About MrAuth</source>
        <translation>MrAuth について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hide MrAuth</source>
        <translation>MrAuth を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Get a new token for the selected account (Ctrl+R)</source>
        <translation>選択したアカウントの新しいトークンを取得します (Ctrl+R)</translation>
    </message>
    <message>
        <source>Get new tokens for every account (F5)</source>
        <translation>すべてのアカウントの新しいトークンを取得します (F5)</translation>
    </message>
    <message>
        <source>Copy the selected account&apos;s token (Ctrl+C); the clipboard is cleared after a while</source>
        <translation>選択したアカウントのトークンをコピーします (Ctrl+C)。クリップボードはしばらくするとクリアされます</translation>
    </message>
    <message>
        <source>About MrAuth</source>
        <translation>MrAuth について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;Mixed Reality access tokens for developers: accounts in the system keychain, live tokens, safe copying.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MrAuth %1&lt;/h3&gt;&lt;p&gt;開発者向けの Mixed Reality アクセス トークン: アカウントはシステムのキーチェーンに、トークンは常に最新、コピーは安全に。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メイン ツール バー</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メイン ツール バー</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>キーチェーンの問題</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation>キーチェーンへのアクセスを再試行します</translation>
    </message>
    <message>
        <source>Account list problem</source>
        <translation>アカウント一覧の問題</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder of the account list</source>
        <translation>アカウント一覧のフォルダーを開きます</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>閉じる(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss the account list message</source>
        <translation>アカウント一覧のメッセージを閉じます</translation>
    </message>
    <message>
        <source>Azure AD sign-in</source>
        <translation>Azure AD サインイン</translation>
    </message>
    <message>
        <source>Open Sign-in &amp;Page</source>
        <translation>サインイン ページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>ブラウザーでサインイン ページを開きます</translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>サインイン コードをコピーします</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sign-in</source>
        <translation>サインインのキャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>サインインをキャンセルします</translation>
    </message>
    <message>
        <source>Copied the sign-in code %1.</source>
        <translation>サインイン コード %1 をコピーしました。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモ モード</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No accounts yet&lt;/h3&gt;&lt;p&gt;Add a Mixed Reality account to get tokens. Its keys are kept in your system keychain.&lt;/p&gt;&lt;p&gt;Or try MrAuth with the local STS emulator: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;アカウントがまだありません&lt;/h3&gt;&lt;p&gt;トークンを取得するには Mixed Reality アカウントを追加してください。そのキーはシステムのキーチェーンに保管されます。&lt;/p&gt;&lt;p&gt;または、ローカルの STS エミュレーターで MrAuth を試すこともできます: &lt;code&gt;mrauth-gui --demo&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加します</translation>
    </message>
    <message>
        <source>Start the &amp;Demo</source>
        <translation>デモを開始(&amp;D)</translation>
    </message>
    <message>
        <source>Start MrAuth in demo mode</source>
        <translation>MrAuth をデモ モードで起動します</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>デモを開始できませんでした。</translation>
    </message>
    <message>
        <source>Token board</source>
        <translation>トークン ボード</translation>
    </message>
    <message>
        <source>One row per account: name, service, status, token, time until expiry and last refresh</source>
        <translation>アカウントごとに 1 行: 名前、サービス、状態、トークン、有効期限までの時間、最終更新</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>選択したアカウント</translation>
    </message>
    <message>
        <source>Copy &amp;Error Details</source>
        <translation>エラーの詳細をコピー(&amp;E)</translation>
    </message>
    <message>
        <source>Copy the error details with both correlation vectors</source>
        <translation>両方の相関ベクトルを含むエラーの詳細をコピーします</translation>
    </message>
    <message>
        <source>Copied the error details.</source>
        <translation>エラーの詳細をコピーしました。</translation>
    </message>
    <message>
        <source>Where keys are kept</source>
        <translation>キーの保管場所</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>クリップボードのカウントダウン</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>要求ログ</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>要求ログ</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>要求ログ(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>トークンをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show MrAuth</source>
        <translation>MrAuth を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Keys: waiting for the keychain…</source>
        <translation>キー: キーチェーンを待機しています…</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>キー: システムのキーチェーン</translation>
    </message>
    <message>
        <source>Keys: in memory only</source>
        <translation>キー: メモリ内のみ</translation>
    </message>
    <message>
        <source>Keys and secrets are kept in %1.</source>
        <translation>キーとシークレットは %1 に保管されます。</translation>
    </message>
    <message>
        <source>Select an account.</source>
        <translation>アカウントを選択してください。</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; を保存しました。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its keys and secrets are deleted from %2.</source>
        <translation>&quot;%1&quot; を削除しますか? そのキーとシークレットは %2 から削除されます。</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>A secret of the removed account could not be deleted: %1</source>
        <translation>削除したアカウントのシークレットを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; を削除しました。</translation>
    </message>
    <message>
        <source>Getting a token for &quot;%1&quot; to copy…</source>
        <translation>コピーするために &quot;%1&quot; のトークンを取得しています…</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;; the clipboard clears in %3 s.</source>
        <translation>&quot;%2&quot; の %1 をコピーしました。クリップボードは %3 秒後にクリアされます。</translation>
    </message>
    <message>
        <source>Copied (%1) for &quot;%2&quot;.</source>
        <translation>&quot;%2&quot; の %1 をコピーしました。</translation>
    </message>
    <message>
        <source>Nothing was copied: &quot;%1&quot; has no token (%2).</source>
        <translation>何もコピーされませんでした: &quot;%1&quot; にトークンがありません (%2)。</translation>
    </message>
    <message>
        <source>Token refresh failed</source>
        <translation>トークンの更新に失敗しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>アカウントのインポート</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json);;All files (*)</source>
        <translation>MrAuth アカウント一覧 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) imported.</source>
        <translation>
            <numerusform>%n 個のアカウントをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) already present.</source>
        <translation>
            <numerusform>%n 個のアカウントは既に存在します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read.</source>
        <translation>
            <numerusform>%n 個のエントリを読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no secrets: edit each imported account to enter its keys or client secret.</source>
        <translation>一覧にはシークレットが含まれていません: インポートした各アカウントを編集して、キーまたはクライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>アカウントのエクスポート</translation>
    </message>
    <message>
        <source>MrAuth account lists (*.json)</source>
        <translation>MrAuth アカウント一覧 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>%n 個のアカウントを %1 にエクスポートしました (シークレットは含まれません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain is unreachable or locked.&lt;/b&gt; %1&lt;br&gt;MrAuth never keeps keys anywhere else. Unlock your keyring, then retry.</source>
        <translation>&lt;b&gt;キーチェーンにアクセスできないか、ロックされています。&lt;/b&gt; %1&lt;br&gt;MrAuth はキーを他の場所に保管することはありません。キーリングのロックを解除してから、再試行してください。</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>キーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>The keychain is available again.</source>
        <translation>キーチェーンが再び使用可能になりました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Starting the local STS emulator…</source>
        <translation>&lt;b&gt;デモ モード。&lt;/b&gt; ローカルの STS エミュレーターを起動しています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The demo accounts get their tokens from the local STS emulator at %1.</source>
        <translation>&lt;b&gt;デモ モード。&lt;/b&gt; デモ アカウントは %1 のローカル STS エミュレーターからトークンを取得します。</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the demo keys are kept in memory only.</source>
        <translation>アクセスできるキーチェーンがないため (%1)、デモ キーはメモリ内にのみ保管されます。</translation>
    </message>
    <message>
        <source>The demo keys are in the keychain under &quot;mrauth-demo&quot;, apart from your own.</source>
        <translation>デモ キーは、お使いのキーとは別に、キーチェーンの &quot;mrauth-demo&quot; の下に保管されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode could not start:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;デモ モードを開始できませんでした:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;:&lt;/b&gt; open &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; and enter the code &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; (valid until %4).</source>
        <translation>&lt;b&gt;&quot;%1&quot; のサインイン:&lt;/b&gt; &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; を開き、コード &lt;b&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/b&gt; を入力してください (有効期限: %4)。</translation>
    </message>
    <message>
        <source>%1: enter the code %2 at %3</source>
        <translation>%1: %3 でコード %2 を入力してください</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in for &quot;%1&quot;&lt;/b&gt; in your browser; MrAuth waits for it (%2).</source>
        <translation>ブラウザーで &lt;b&gt;&quot;%1&quot; にサインインしてください&lt;/b&gt;。MrAuth はサインインを待機しています (%2)。</translation>
    </message>
</context>
<context>
    <name>MrAuth::ManagedIdentityCredential</name>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; is not a valid http(s) URL.</source>
        <translation>マネージド ID エンドポイント &apos;%1&apos; は有効な http(s) URL ではありません。</translation>
    </message>
    <message>
        <source>The managed identity endpoint &apos;%1&apos; uses plain http off this machine. Use https.</source>
        <translation>マネージド ID エンドポイント &apos;%1&apos; は、このマシンの外部に対してプレーンな http を使用しています。https を使用してください。</translation>
    </message>
    <message>
        <source>the managed identity endpoint</source>
        <translation>マネージド ID エンドポイント</translation>
    </message>
    <message>
        <source>No managed identity endpoint answered at %1: this does not look like an Azure host with a managed identity. (%2)</source>
        <translation>%1 でマネージド ID エンドポイントが応答しませんでした: マネージド ID を持つ Azure ホストではないようです。(%2)</translation>
    </message>
    <message>
        <source>The managed identity endpoint has no identity to give: %1</source>
        <translation>マネージド ID エンドポイントに提供できる ID がありません: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MemorySecretStore</name>
    <message>
        <source>memory only (lost when the app quits)</source>
        <translation>メモリ内のみ (アプリの終了時に失われます)</translation>
    </message>
    <message>
        <source>No such secret.</source>
        <translation>そのようなシークレットはありません。</translation>
    </message>
</context>
<context>
    <name>MrAuth::Messages</name>
    <message>
        <source>The Azure CLI printed something that is not the JSON object of &apos;az account get-access-token&apos;.</source>
        <translation>Azure CLI が &apos;az account get-access-token&apos; の JSON オブジェクトではないものを出力しました。</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has no accessToken.</source>
        <translation>Azure CLI の応答に accessToken がありません。</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s answer has neither a usable expires_on nor expiresOn.</source>
        <translation>Azure CLI の応答に、使用可能な expires_on も expiresOn もありません。</translation>
    </message>
    <message>
        <source>The Azure CLI is not logged in: run &apos;az login&apos;. It said: %1</source>
        <translation>Azure CLI にログインしていません: &apos;az login&apos; を実行してください。Azure CLI の出力: %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1 and said nothing.</source>
        <translation>Azure CLI が終了コード %1 で失敗し、何も出力しませんでした。</translation>
    </message>
    <message>
        <source>The Azure CLI failed with exit code %1: %2</source>
        <translation>Azure CLI が終了コード %1 で失敗しました: %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried a state that does not belong to this sign-in; it was ignored.</source>
        <translation>サインインのリダイレクトに、このサインインに属さない state が含まれていたため、無視されました。</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>サインインに失敗しました (%1)。</translation>
    </message>
    <message>
        <source>The sign-in failed (%1): %2</source>
        <translation>サインインに失敗しました (%1): %2</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation>サインインのリダイレクトに認可コードが含まれていませんでした。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2</source>
        <translation>サインインのリダイレクト用に 127.0.0.1:%1 でリッスンできません: %2</translation>
    </message>
    <message>
        <source>The tenant ID is empty: give the directory&apos;s ID (a GUID) or domain, such as &apos;contoso.onmicrosoft.com&apos;.</source>
        <translation>テナント ID が空です: ディレクトリの ID (GUID) またはドメイン (&apos;contoso.onmicrosoft.com&apos; など) を指定してください。</translation>
    </message>
    <message>
        <source>The tenant ID &apos;%1&apos; is not valid: it must be a GUID or a domain name (letters, digits, &apos;.&apos; and &apos;-&apos;).</source>
        <translation>テナント ID &apos;%1&apos; は無効です: GUID またはドメイン名 (英字、数字、&apos;.&apos;、&apos;-&apos;) である必要があります。</translation>
    </message>
    <message>
        <source>The tenant ID is the all-zero GUID, which no directory has.</source>
        <translation>テナント ID がすべてゼロの GUID です。このようなディレクトリはありません。</translation>
    </message>
    <message>
        <source>The tenant &apos;consumers&apos; is for personal Microsoft accounts, which Mixed Reality does not accept: use your organisation&apos;s tenant.</source>
        <translation>テナント &apos;consumers&apos; は個人用 Microsoft アカウント用であり、Mixed Reality では使用できません: 組織のテナントを使用してください。</translation>
    </message>
    <message>
        <source>The tenant &apos;%1&apos; stands for many directories; this sign-in needs the one directory of the application or identity.</source>
        <translation>テナント &apos;%1&apos; は複数のディレクトリを表します。このサインインには、アプリケーションまたは ID の単一のディレクトリが必要です。</translation>
    </message>
    <message>
        <source>The client ID is empty: give the application (client) ID of the app registration.</source>
        <translation>クライアント ID が空です: アプリの登録のアプリケーション (クライアント) ID を指定してください。</translation>
    </message>
    <message>
        <source>The client ID &apos;%1&apos; is not a GUID: give the application (client) ID of the app registration.</source>
        <translation>クライアント ID &apos;%1&apos; は GUID ではありません: アプリの登録のアプリケーション (クライアント) ID を指定してください。</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; is not valid: it must be https://host[:port], such as &apos;https://login.microsoftonline.com&apos;.</source>
        <translation>機関ホスト &apos;%1&apos; は無効です: &apos;https://login.microsoftonline.com&apos; のように https://host[:port] の形式である必要があります。</translation>
    </message>
    <message>
        <source>The authority host &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>機関ホスト &apos;%1&apos; はプレーンな http を使用していますが、これはこのマシン (ループバック) でのみ許可されます。https を使用してください。</translation>
    </message>
    <message>
        <source>This credential takes exactly one scope, not %1.</source>
        <translation>この資格情報が受け付けるスコープは 1 つだけです (%1 個ではありません)。</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; has characters a scope cannot have.</source>
        <translation>スコープ &apos;%1&apos; にスコープに使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>The token response is not a JSON object.</source>
        <translation>トークン応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The token response has no access_token.</source>
        <translation>トークン応答に access_token がありません。</translation>
    </message>
    <message>
        <source>The token response has token_type &apos;%1&apos;, not Bearer.</source>
        <translation>トークン応答の token_type が Bearer ではなく &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>The token response says neither expires_in nor expires_on, and the token has no exp claim.</source>
        <translation>トークン応答に expires_in も expires_on もなく、トークンに exp クレームもありません。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 が HTTP %2 で応答しました。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3).</source>
        <translation>%1 が要求を拒否しました (HTTP %2、%3)。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2, %3): %4</source>
        <translation>%1 が要求を拒否しました (HTTP %2、%3): %4</translation>
    </message>
    <message>
        <source>[trace ID %1, correlation ID %2]</source>
        <translation>[トレース ID %1、相関 ID %2]</translation>
    </message>
    <message>
        <source>The device code response is not a JSON object.</source>
        <translation>デバイス コード応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The device code response lacks device_code, user_code or a valid verification_uri.</source>
        <translation>デバイス コード応答に device_code、user_code、または有効な verification_uri がありません。</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>サインインするには、Web ブラウザーでページ %1 を開き、コード %2 を入力して認証してください。</translation>
    </message>
    <message>
        <source>The chain has no credentials to try.</source>
        <translation>チェーンに試行する資格情報がありません。</translation>
    </message>
    <message>
        <source>No credential in the chain could provide a token:</source>
        <translation>チェーン内のどの資格情報もトークンを提供できませんでした:</translation>
    </message>
    <message>
        <source>%1 failed, which ends the chain (a credential that is set up but fails is reported, not skipped):</source>
        <translation>%1 が失敗したため、チェーンを終了します (設定済みで失敗した資格情報はスキップされずに報告されます):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a region, not an account domain: did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; はリージョンであり、アカウント ドメインではありません: &apos;%2&apos; のことですか?</translation>
    </message>
    <message>
        <source>An account domain has dots, like &apos;eastus.mixedreality.azure.com&apos;; &apos;%1&apos; has none.</source>
        <translation>アカウント ドメインには &apos;eastus.mixedreality.azure.com&apos; のようにドットが含まれますが、&apos;%1&apos; には含まれていません。</translation>
    </message>
    <message>
        <source>The host %1 of %2 was not found.</source>
        <translation>%2 のホスト %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>%1 への TLS 接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 redirected in a way that is not allowed: %2</source>
        <translation>%1 が許可されていない方法でリダイレクトしました: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n ms.</source>
        <translation>
            <numerusform>%1 が %n ms 以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>%1 への接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>%1 への要求に失敗しました: %2</translation>
    </message>
    <message>
        <source>The network access manager was deleted before the request.</source>
        <translation>要求の前にネットワーク アクセス マネージャーが削除されました。</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the credential was not sent there.</source>
        <translation>%1 が別のオリジンの %2 にリダイレクトしました。資格情報はそこに送信されませんでした。</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>応答が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP status.</source>
        <translation>%1 が HTTP 状態を返さずに接続を閉じました。</translation>
    </message>
    <message>
        <source>The request was canceled: its network access manager was deleted.</source>
        <translation>要求はキャンセルされました: ネットワーク アクセス マネージャーが削除されました。</translation>
    </message>
    <message>
        <source>HTTP %2 from %1.</source>
        <translation>%1 から HTTP %2。</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>トークンが空です。</translation>
    </message>
    <message numerus="yes">
        <source>The token is not a JWT: it has %n segment(s) instead of three.</source>
        <translation>
            <numerusform>トークンは JWT ではありません: セグメントが 3 つではなく %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>トークンのペイロードが base64url でエンコードされた JSON ではありません。</translation>
    </message>
    <message>
        <source>The token has no numeric expiry (exp) claim.</source>
        <translation>トークンに数値の有効期限 (exp) クレームがありません。</translation>
    </message>
    <message>
        <source>The account ID is empty.</source>
        <translation>アカウント ID が空です。</translation>
    </message>
    <message>
        <source>The account ID is the all-zero GUID, which no account has.</source>
        <translation>アカウント ID がすべてゼロの GUID です。このようなアカウントはありません。</translation>
    </message>
    <message>
        <source>The account ID &apos;%1&apos; is not a GUID (like 87e9abb1-79b9-4502-bbae-cfae8c610f23).</source>
        <translation>アカウント ID &apos;%1&apos; は GUID (87e9abb1-79b9-4502-bbae-cfae8c610f23 など) ではありません。</translation>
    </message>
    <message>
        <source>The account ID must be a bare GUID, without braces.</source>
        <translation>アカウント ID は中かっこのない GUID である必要があります。</translation>
    </message>
    <message>
        <source>The accountDomain is empty: give the account&apos;s domain, for example &apos;eastus.mixedreality.azure.com&apos;.</source>
        <translation>accountDomain が空です: アカウントのドメイン (&apos;eastus.mixedreality.azure.com&apos; など) を指定してください。</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not valid. %2</source>
        <translation>accountDomain &apos;%1&apos; は無効です。%2</translation>
    </message>
    <message>
        <source>The accountDomain &apos;%1&apos; is not a valid host name.</source>
        <translation>accountDomain &apos;%1&apos; は有効なホスト名ではありません。</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; is not a valid URL: it must be https://host[:port][/path].</source>
        <translation>カスタム エンドポイント &apos;%1&apos; は有効な URL ではありません: https://host[:port][/path] の形式である必要があります。</translation>
    </message>
    <message>
        <source>The custom endpoint &apos;%1&apos; uses plain http, which is allowed only on this machine (loopback). Use https.</source>
        <translation>カスタム エンドポイント &apos;%1&apos; はプレーンな http を使用していますが、これはこのマシン (ループバック) でのみ許可されます。https を使用してください。</translation>
    </message>
    <message>
        <source>The STS answered 200 but the body is not a JSON object.</source>
        <translation>STS は 200 を返しましたが、本文が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The STS answered 200 without an AccessToken.</source>
        <translation>STS は AccessToken なしで 200 を返しました。</translation>
    </message>
    <message>
        <source>The STS returned a token that cannot be used: %1</source>
        <translation>STS が使用できないトークンを返しました: %1</translation>
    </message>
    <message>
        <source>The STS rejected the request as invalid (HTTP 400).</source>
        <translation>STS が要求を無効として拒否しました (HTTP 400)。</translation>
    </message>
    <message>
        <source>The STS rejected the credential (HTTP 401): check the account ID and key, or the Azure AD token.</source>
        <translation>STS が資格情報を拒否しました (HTTP 401): アカウント ID とキー、または Azure AD トークンを確認してください。</translation>
    </message>
    <message>
        <source>The STS refused access (HTTP 403): the Azure AD principal has no role on this account.</source>
        <translation>STS がアクセスを拒否しました (HTTP 403): Azure AD プリンシパルにこのアカウントに対するロールがありません。</translation>
    </message>
    <message>
        <source>The STS does not know this account (HTTP 404): check the account ID and domain.</source>
        <translation>STS はこのアカウントを認識していません (HTTP 404): アカウント ID とドメインを確認してください。</translation>
    </message>
    <message>
        <source>The STS is throttling requests (HTTP 429); retries did not get through.</source>
        <translation>STS が要求を調整 (スロットル) しています (HTTP 429)。再試行しても成功しませんでした。</translation>
    </message>
    <message>
        <source>The STS failed with a server error (HTTP %1).</source>
        <translation>STS でサーバー エラーが発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The STS answered with HTTP %1.</source>
        <translation>STS が HTTP %1 で応答しました。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityAccountKeyCredential</name>
    <message>
        <source>The account key is empty: copy a primary or secondary key from the account&apos;s Keys page.</source>
        <translation>アカウント キーが空です: アカウントの [キー] ページからプライマリ キーまたはセカンダリ キーをコピーしてください。</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityStsClient</name>
    <message>
        <source>No credential was given.</source>
        <translation>資格情報が指定されていません。</translation>
    </message>
</context>
<context>
    <name>MrAuth::MixedRealityTokenCredential</name>
    <message>
        <source>The credential was destroyed before the token arrived.</source>
        <translation>トークンを受け取る前に資格情報が破棄されました。</translation>
    </message>
</context>
<context>
    <name>MrAuth::RequestLog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
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
        <translation>時刻</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>待機時間</translation>
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
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretInput</name>
    <message>
        <source>Enter the %1 (it is not shown), then press Enter: </source>
        <translation>%1 を入力して (表示されません)、Enter キーを押してください: </translation>
    </message>
    <message>
        <source>Standard input ended before the %1 was read: pipe it in as one line.</source>
        <translation>%1 を読み取る前に標準入力が終了しました: 1 行としてパイプで渡してください。</translation>
    </message>
    <message>
        <source>The %1 read from standard input is empty.</source>
        <translation>標準入力から読み取った %1 が空です。</translation>
    </message>
</context>
<context>
    <name>MrAuth::SecretKind</name>
    <message>
        <source>primary key</source>
        <translation>プライマリ キー</translation>
    </message>
    <message>
        <source>secondary key</source>
        <translation>セカンダリ キー</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Azure AD refresh token</source>
        <translation>Azure AD 更新トークン</translation>
    </message>
</context>
<context>
    <name>MrAuth::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Tokens and clipboard</source>
        <translation>トークンとクリップボード</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds</source>
        <translation>クリップボードをクリアするまでの時間 (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds in a spin box; keep the space if your language uses one.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>クリップボードのクリア(&amp;C):</translation>
    </message>
    <message>
        <source>Warn when a token expires within, in minutes</source>
        <translation>トークンの有効期限が近いときに警告するまでの時間 (分)</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes in a spin box; keep the space if your language uses one.</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Warn when expiring within:</source>
        <translation>期限切れ前の警告(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens automatically for new accounts</source>
        <translation>新しいアカウントのトークンを自動的に更新する(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh tokens automatically for new accounts</source>
        <translation>新しいアカウントのトークンを自動的に更新します</translation>
    </message>
    <message>
        <source>Refresh this long before expiry, in minutes</source>
        <translation>有効期限のどれだけ前に更新するか (分)</translation>
    </message>
    <message>
        <source>Refresh &amp;before expiry:</source>
        <translation>期限切れ前の更新(&amp;B):</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>ネットワーク プロキシ</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>システムのプロキシ設定を使用する(&amp;S)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>システム プロキシ</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>プロキシなし(&amp;N)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手動 HTTP プロキシ(&amp;M):</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手動プロキシ</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>プロキシ ホスト</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシ ポート</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when the app starts again.</source>
        <translation>新しい言語はアプリの次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Start &amp;minimised (in the tray when there is one)</source>
        <translation>最小化して起動する (トレイがある場合はトレイに)(&amp;M)</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>最小化して起動</translation>
    </message>
    <message>
        <source>Where MrAuth keeps its data</source>
        <translation>MrAuth のデータの保管場所</translation>
    </message>
    <message>
        <source>Settings: %1
Accounts (no secrets): %2
Keys and secrets: %3</source>
        <translation>設定: %1
アカウント (シークレットなし): %2
キーとシークレット: %3</translation>
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
        <translation>STS ホスト %1 が見つかりませんでした。ほとんどの場合、アカウント ドメインが間違っています: リージョンだけでなく、&apos;eastus.mixedreality.azure.com&apos; のようなアカウントの完全なドメインを使用してください。</translation>
    </message>
    <message>
        <source>A real STS response is about 1.2 KB.</source>
        <translation>実際の STS 応答は約 1.2 KB です。</translation>
    </message>
    <message>
        <source>The credential could not provide a token for the STS: %1</source>
        <translation>資格情報が STS 用のトークンを提供できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MrAuth::TimeFormat</name>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 日 %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoard</name>
    <message>
        <source>No secret store.</source>
        <translation>シークレット ストアがありません。</translation>
    </message>
    <message>
        <source>No %1 is stored for &quot;%2&quot;. Edit the account to enter it.</source>
        <translation>&quot;%2&quot; の %1 が保存されていません。アカウントを編集して入力してください。</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenBoardModel</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状態: %1</translation>
    </message>
    <message>
        <source>WWW-Authenticate: %1</source>
        <translation>WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>Request CV (X-MRC-CV): %1</source>
        <translation>要求 CV (X-MRC-CV): %1</translation>
    </message>
    <message>
        <source>none (no request sent)</source>
        <translation>なし (要求は送信されていません)</translation>
    </message>
    <message>
        <source>Response CV (MS-CV): %1</source>
        <translation>応答 CV (MS-CV): %1</translation>
    </message>
    <message>
        <source>none (no response received)</source>
        <translation>なし (応答は受信されていません)</translation>
    </message>
    <message>
        <source>Account ID: %1
Account domain: %2
Authentication: %3</source>
        <translation>アカウント ID: %1
アカウント ドメイン: %2
認証: %3</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>トークンなし</translation>
    </message>
    <message>
        <source>The token is shown in clear.</source>
        <translation>トークンは平文で表示されています。</translation>
    </message>
    <message>
        <source>The token is hidden; reveal it to read it.</source>
        <translation>トークンは非表示です。読み取るには表示してください。</translation>
    </message>
    <message>
        <source>Token shown</source>
        <translation>トークン表示中</translation>
    </message>
    <message>
        <source>Token hidden</source>
        <translation>トークン非表示</translation>
    </message>
    <message>
        <source>Expires %1
%2</source>
        <translation>有効期限: %1
%2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>有効期限まで</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenCommand</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA ファイル %1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>サインインするには、%1 を開いてコード %2 を入力してください。</translation>
    </message>
    <message>
        <source>%1: finish the sign-in in the browser that opened.</source>
        <translation>%1: 開いたブラウザーでサインインを完了してください。</translation>
    </message>
    <message>
        <source>Azure AD</source>
        <translation>Azure AD</translation>
    </message>
    <message>
        <source>--key-slot chooses an account key, but &apos;%1&apos; signs in with Azure AD.</source>
        <translation>--key-slot はアカウント キーを選択しますが、&apos;%1&apos; は Azure AD でサインインします。</translation>
    </message>
    <message>
        <source>No account is stored yet; add one with &apos;mrauth accounts add NAME …&apos;.</source>
        <translation>アカウントがまだ保存されていません。&apos;mrauth accounts add NAME …&apos; で追加してください。</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>アカウント キー</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenDetailsDialog</name>
    <message>
        <source>Token Details — %1</source>
        <translation>トークンの詳細 — %1</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>アカウント ID:</translation>
    </message>
    <message>
        <source>Account domain:</source>
        <translation>アカウント ドメイン:</translation>
    </message>
    <message>
        <source>&amp;Raw token</source>
        <translation>生のトークン(&amp;R)</translation>
    </message>
    <message>
        <source>Raw token</source>
        <translation>生のトークン</translation>
    </message>
    <message>
        <source>&amp;Show Raw Token</source>
        <translation>生のトークンを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show raw token</source>
        <translation>生のトークンを表示します</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>トークンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>トークンをコピーします</translation>
    </message>
    <message>
        <source>&amp;Hide Raw Token</source>
        <translation>生のトークンを非表示(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenEntry</name>
    <message>
        <source>Not fetched</source>
        <translation>未取得</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenFetcher</name>
    <message>
        <source>No token within %1 s (--timeout).</source>
        <translation>%1 秒以内にトークンを取得できませんでした (--timeout)。</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenInspection</name>
    <message>
        <source>Not a JSON Web Token: %1</source>
        <translation>JSON Web Token ではありません: %1</translation>
    </message>
    <message>
        <source>The token has no usable expiry: %1</source>
        <translation>トークンに使用可能な有効期限がありません: %1</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1 (%2).</source>
        <translation>まだ有効ではありません: %1 (%2) から有効です。</translation>
    </message>
    <message>
        <source>Valid for another %1 (until %2).</source>
        <translation>あと %1 有効です (%2 まで)。</translation>
    </message>
    <message>
        <source>Expired %1 (at %2).</source>
        <translation>%1 に期限切れになりました (%2)。</translation>
    </message>
    <message>
        <source>Signature algorithm (RS256: RSA signature with SHA-256)</source>
        <translation>署名アルゴリズム (RS256: SHA-256 による RSA 署名)</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s keys signed the token</source>
        <translation>キー ID: 発行者のどのキーでトークンが署名されたか</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1) of the signing certificate</source>
        <translation>署名証明書の拇印 (SHA-1)</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>トークンの種類</translation>
    </message>
    <message>
        <source>Account ID: the Mixed Reality account the token gives access to</source>
        <translation>アカウント ID: トークンでアクセスできる Mixed Reality アカウント</translation>
    </message>
    <message>
        <source>Account ID the token was requested for</source>
        <translation>トークンの要求対象のアカウント ID</translation>
    </message>
    <message>
        <source>Account region, such as eastus</source>
        <translation>アカウントのリージョン (eastus など)</translation>
    </message>
    <message>
        <source>Azure resource ID of the account (subscription, resource group, name)</source>
        <translation>アカウントの Azure リソース ID (サブスクリプション、リソース グループ、名前)</translation>
    </message>
    <message>
        <source>Issuer: the STS that issued and signed the token</source>
        <translation>発行者: トークンを発行して署名した STS</translation>
    </message>
    <message>
        <source>Audience: the service host that accepts the token</source>
        <translation>対象ユーザー: トークンを受け付けるサービス ホスト</translation>
    </message>
    <message>
        <source>Azure AD tenant of the caller (all zeros for account-key sign-in)</source>
        <translation>呼び出し元の Azure AD テナント (アカウント キーによるサインインではすべてゼロ)</translation>
    </message>
    <message>
        <source>How the caller signed in (account key or Azure AD)</source>
        <translation>呼び出し元のサインイン方法 (アカウント キーまたは Azure AD)</translation>
    </message>
    <message>
        <source>Whether the caller has owner access to the account</source>
        <translation>呼び出し元がアカウントに対する所有者アクセス権を持つかどうか</translation>
    </message>
    <message>
        <source>Token ID, unique for each token</source>
        <translation>トークン ID (トークンごとに一意)</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>有効開始日時</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenReply</name>
    <message>
        <source>The request was canceled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>MrAuth::TokenRequest</name>
    <message>
        <source>--all gets every stored account; give no NAME with it.</source>
        <translation>--all はすべての保存済みアカウントを取得します。NAME と一緒に指定しないでください。</translation>
    </message>
    <message>
        <source>--all is for the stored accounts; %1 describes an ad-hoc account.</source>
        <translation>--all は保存済みアカウント用ですが、%1 はアドホック アカウントを表します。</translation>
    </message>
    <message>
        <source>--all prints every account&apos;s token; it cannot --copy.</source>
        <translation>--all はすべてのアカウントのトークンを出力するため、--copy は使用できません。</translation>
    </message>
    <message>
        <source>--all prints a JSON array; use --format json or no --format.</source>
        <translation>--all は JSON 配列を出力します。--format json を使用するか、--format を指定しないでください。</translation>
    </message>
    <message>
        <source>NAME is a stored account, and %1 describes an ad-hoc account: give one or the other.</source>
        <translation>NAME は保存済みアカウントを指定し、%1 はアドホック アカウントを表します: どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Name a stored account (see &apos;mrauth accounts list&apos;), use --all, or describe an ad-hoc account with --account-id and --account-domain (or MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>保存済みアカウントを指定する (&apos;mrauth accounts list&apos; を参照)、--all を使用する、または --account-id と --account-domain (または MIXEDREALITY_ACCOUNT_ID と MIXEDREALITY_ACCOUNT_DOMAIN) でアドホック アカウントを指定してください。</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-id (or MIXEDREALITY_ACCOUNT_ID).</source>
        <translation>アドホック アカウントには --account-id (または MIXEDREALITY_ACCOUNT_ID) が必要です。</translation>
    </message>
    <message>
        <source>The ad-hoc account needs --account-domain (or MIXEDREALITY_ACCOUNT_DOMAIN).</source>
        <translation>アドホック アカウントには --account-domain (または MIXEDREALITY_ACCOUNT_DOMAIN) が必要です。</translation>
    </message>
    <message>
        <source>--key-slot chooses between a stored account&apos;s keys; an ad-hoc account has the one key it is given.</source>
        <translation>--key-slot は保存済みアカウントのキーを切り替えるものです。アドホック アカウントには指定された 1 つのキーしかありません。</translation>
    </message>
    <message>
        <source>ad-hoc account</source>
        <translation>アドホック アカウント</translation>
    </message>
    <message>
        <source>ad-hoc service</source>
        <translation>アドホック サービス</translation>
    </message>
    <message>
        <source>Choose one Azure AD sign-in: --client-secret-stdin, --device-code or --azure-cli.</source>
        <translation>Azure AD のサインイン方法を 1 つ選択してください: --client-secret-stdin、--device-code、--azure-cli。</translation>
    </message>
    <message>
        <source>The ad-hoc account needs its key: pipe it to --key-stdin or set MIXEDREALITY_ACCOUNT_KEY (secrets are never taken as arguments).</source>
        <translation>アドホック アカウントにはキーが必要です: --key-stdin にパイプで渡すか、MIXEDREALITY_ACCOUNT_KEY を設定してください (シークレットは引数として受け付けません)。</translation>
    </message>
    <message>
        <source>--key-stdin is for account keys, not for Azure AD sign-in.</source>
        <translation>--key-stdin はアカウント キー用であり、Azure AD サインイン用ではありません。</translation>
    </message>
    <message>
        <source>--tenant-id and --client-id need a way to sign in: --client-secret-stdin (or AZURE_CLIENT_SECRET), --device-code or --azure-cli.</source>
        <translation>--tenant-id と --client-id にはサインイン方法が必要です: --client-secret-stdin (または AZURE_CLIENT_SECRET)、--device-code、--azure-cli。</translation>
    </message>
    <message>
        <source>--azure-cli signs in as the Azure CLI&apos;s account; it takes no --client-id.</source>
        <translation>--azure-cli は Azure CLI のアカウントとしてサインインするため、--client-id は指定できません。</translation>
    </message>
    <message>
        <source>--endpoint needs a URL.</source>
        <translation>--endpoint には URL が必要です。</translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation>--ca-file には PEM ファイルのパスが必要です。</translation>
    </message>
    <message>
        <source>--clear-after goes with --copy.</source>
        <translation>--clear-after は --copy と一緒に使用します。</translation>
    </message>
    <message>
        <source>--clear-after needs a whole number of seconds from 0 to 86400.</source>
        <translation>--clear-after には 0 から 86400 までの整数の秒数が必要です。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0 (fractions allowed).</source>
        <translation>--timeout には 0 より大きい秒数が必要です (小数も可)。</translation>
    </message>
    <message>
        <source>--retries needs a whole number from 0 to 10.</source>
        <translation>--retries には 0 から 10 までの整数が必要です。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mixed Reality access tokens: accounts in the system keychain, live tokens, safe copying.</source>
        <translation>Mixed Reality アクセス トークン: アカウントはシステムのキーチェーンに、トークンは常に最新、コピーは安全に。</translation>
    </message>
    <message>
        <source>Start the local STS emulator and show its demo accounts (kept apart from your own).</source>
        <translation>ローカルの STS エミュレーターを起動し、そのデモ アカウントを表示します (お使いのアカウントとは別に保管されます)。</translation>
    </message>
    <message>
        <source>Start in demo mode when you have no accounts yet.</source>
        <translation>アカウントがまだない場合はデモ モードで起動します。</translation>
    </message>
</context>
</TS>
