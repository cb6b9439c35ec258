# Turns bench/results/latest.json into the summary table at the top of latest.md (and the
# README's Performance section). Input: the object scripts/bench.sh writes.
def r: (.results | map({key: .benchmark, value: .}) | from_entries);
def n(d): if . == null or . < 0 then "–" else (. * pow(10; d) | round / pow(10; d) | tostring) end;
def verdict(ok): if ok then "met" else "**missed**" end;
def peer(p; f): (.[p] // {}) | f;
r as $r
| ($r.exchange_compare // {}) as $x
| ($r.token_cache // {}) as $c
| ($r.cli_coldstart // {}) as $cli
| ($r.app_startup // {}) as $app
| ($r.emulator_throughput // {}) as $emu
| ($r.client_memory // {}) as $mem
| ($r.hotpaths.paths // {}) as $hot
| [
  "| figure | libmrauth / MrAuth | curl | Python SDK | target |",
  "|---|---|---|---|---|",
  "| 1. sequential exchange, µs per token (tokens/s) | \($x.sequential | peer("libmrauth"; .medianMicrosecondsPerToken) | n(0)) (\($x.sequential | peer("libmrauth"; .tokensPerSecond) | n(0))) | \($x.sequential | peer("curl"; .medianMicrosecondsPerToken) | n(0)) (\($x.sequential | peer("curl"; .tokensPerSecond) | n(0))) | \($x.sequential | peer("Python SDK"; .medianMicrosecondsPerToken) | n(0)) (\($x.sequential | peer("Python SDK"; .tokensPerSecond) | n(0))) | ≤ 1.25× curl: \($x.targets.libmrauthOverCurl | n(2))× \(if $x.targets.libmrauthOverCurl then verdict($x.targets.libmrauthOverCurl <= 1.25) else "" end); ≥ 4× faster than Python: \($x.targets.pythonOverLibmrauth | n(2))× \(if $x.targets.pythonOverLibmrauth then verdict($x.targets.pythonOverLibmrauth >= 4) else "" end) |",
  "| 2. fan-out, \($x.accounts // "–") accounts at once, ms (HTTP/1.1\(if $x.emulatorHttpVersionWithHttp2Offered == "2" then "" else "; the emulator offers no HTTP/2" end)) | \($x.fanOut | peer("libmrauth"; .medianMilliseconds) | n(1)) | \($x.fanOut | peer("curl"; .medianMilliseconds) | n(1)) | \($x.fanOut | peer("Python SDK"; .medianMilliseconds) | n(1)) (thread pool) | – |",
  "| 3. cached getToken(), ns (sync check) | \($c.cachedGetTokenNs | n(0)) (\($c.cachedCheckNs | n(1))) | – | – | – |",
  "| 3. \($c.concurrentCallers // "–") concurrent callers: requests reaching the STS | \($c.requestsReachingServerWorst // "–") | – | – | 1: \(if $c.requestsReachingServerWorst then verdict($c.requestsReachingServerWorst == 1) else "–" end) |",
  "| 4. CLI cold start to printed token, ms | \($cli.peers["mrauth token"].medianMs | n(1)) | \($cli.peers["curl (one request)"].medianMs | n(1)) | \($cli.peers["Python SDK script"].medianMs | n(1)) | ≤ 3× curl: \($cli.cliOverCurl | n(2))× \(if $cli.cliOverCurl then verdict($cli.cliOverCurl <= 3) else "" end) |",
  "| 5. app, \($app.accounts // "–") accounts: start to first paint, ms | \($app.startToFirstPaintMs | n(0)) | – | – | < 300: \(if $app.startToFirstPaintMs then verdict($app.startToFirstPaintMs < 300) else "–" end) |",
  "| 5. app: idle CPU over \($app.idleSeconds | n(0)) s, % of a core | \($app.idleCpuPercent | n(2)) | – | – | < 1: \(if $app.idleCpuPercent then verdict($app.idleCpuPercent < 1) else "–" end) |",
  "| 5. app: resident memory, MB | \($app.residentMb | n(1)) | – | – | < 80: \(if $app.residentMb then verdict($app.residentMb < 80) else "–" end) |",
  "| 6. emulator: token requests/s, \($emu.connections // "–") connections (per emulator CPU-second) | \($emu.requestsPerSecond | n(0)) (\($emu.requestsPerEmulatorCpuSecond | n(0))) | – | – | – |",
  "| 7. \($mem.clients // "–") clients with cached tokens: resident MB (KB per client) | \($mem.allClientsResidentMb | n(1)) (\($mem.perClientKb | n(1))) | – | – | – |",
  "| instructions: exchange (client side) / cached getToken / JWT decode / STS response parse | \($hot.exchange.instructionsPerOperation | n(0)) / \($hot.cached.instructionsPerOperation | n(0)) / \($hot.jwt.instructionsPerOperation | n(0)) / \($hot.parse.instructionsPerOperation | n(0)) | – | – | – |"
  ]
| join("\n")
