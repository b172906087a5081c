using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Identity.Features;

/// <summary>The sign-in forms whose account names are separate (the same name may exist in each).</summary>
internal enum SignInPortal
{
    Staff,
    Organisation,
    Citizen,
}

/// <summary>Limits of <see cref="SignInThrottle"/> (configuration section <c>SignIn</c>; docs/adr/0014-sign-in-throttling.md).</summary>
internal sealed class SignInThrottleOptions
{
    public const string SectionName = "SignIn";

    /// <summary>Sign-in attempts (all three forms together) one client address may make in a minute, whatever their outcome.</summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Wrong passwords from one address (any account names) before each further attempt from it must wait.</summary>
    public int AddressFailuresBeforeDelay { get; set; } = 10;

    /// <summary>Wrong passwords for one account name from one address before that address must wait for that name.</summary>
    public int PairFailuresBeforeDelay { get; set; } = 5;

    /// <summary>Wrong passwords for one account name from all addresses before the name cools down for addresses it was never signed in from.</summary>
    public int AccountFailuresBeforeCoolDown { get; set; } = 10;

    /// <summary>The first wait once a threshold is reached; it doubles with each further wrong password up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A counter starts again from zero after this long without a wrong password.</summary>
    public TimeSpan FailureMemory { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an address that signed in to an account stays known to it (it passes the account's cool-down).</summary>
    public TimeSpan KnownAddressMemory { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Organisation registrations one address may submit in an hour.</summary>
    public int RegistrationsPerAddressPerHour { get; set; } = 10;

    /// <summary>Wrong or unknown API keys from one address before each further key from it must wait.</summary>
    public int ApiKeyFailuresBeforeDelay { get; set; } = 20;

    /// <summary>Counters kept at most (addresses, names, pairs); the oldest are dropped beyond it, so a flood of made-up names cannot fill the memory.</summary>
    public int MaxTrackedKeys { get; set; } = 200_000;
}

/// <summary>Why <see cref="SignInThrottle"/> refused an attempt; the answer (a 429 with the wait) depends only on the address and the typed name, never on whether the account exists.</summary>
internal enum ThrottleReason
{
    None,
    TooFast,
    Address,
    Account,
}

internal readonly record struct ThrottleDecision(ThrottleReason Reason, TimeSpan RetryAfter)
{
    public static readonly ThrottleDecision Allowed = new(ThrottleReason.None, TimeSpan.Zero);

    public bool IsAllowed => Reason == ThrottleReason.None;

    /// <summary>Whole seconds for <c>Retry-After</c>, at least one.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));

    /// <summary>The Chinese message of the sign-in page.</summary>
    public string Message => Reason switch
    {
        ThrottleReason.TooFast => $"登录尝试过于频繁，请 {Wait} 后再试。",
        ThrottleReason.Account => $"该账户近期登录失败次数较多，为保护账户安全，请 {Wait} 后再试；在曾成功登录过的网络上可直接登录。",
        _ => $"密码错误次数过多，请 {Wait} 后再试（再次输错，等待时间将逐次加长）。",
    };

    /// <summary>The wait in words (“45 秒”, “15 分钟”).</summary>
    public string Wait => RetryAfter <= TimeSpan.FromSeconds(60)
        ? $"{RetryAfterSeconds} 秒"
        : $"{(int)Math.Ceiling(RetryAfter.TotalMinutes)} 分钟";
}

/// <summary>
/// Slows down password guessing on the three sign-in forms, organisation registration and API keys, without letting
/// anyone lock a real user out (docs/adr/0014-sign-in-throttling.md): each client address has a budget of attempts
/// per minute and a growing wait after repeated wrong passwords; an address that keeps failing for one account name
/// waits for that name (others are not affected); and an account name failing from many addresses cools down, but
/// only for addresses that never signed in to it. Nothing here locks an account for everyone. State is kept in memory
/// (one server; a restart forgets it) and keyed by the typed name, so an unknown name behaves like a real one.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly SignInThrottleOptions _options;
    private readonly TimeProvider _clock;
    private readonly MemoryCache _state;
    private readonly Lock _create = new();

    private readonly ILogger<SignInThrottle>? _logger;

    public SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock, ILogger<SignInThrottle>? logger = null)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _state = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1000, _options.MaxTrackedKeys), CompactionPercentage = 0.2 });
    }

    public SignInThrottleOptions Options => _options;

    /// <summary>
    /// The key of a client address: the connection's (the forwarded one only behind a proxy listed in
    /// <c>ReverseProxy:KnownProxies</c>, as the host configures), IPv4 as is, IPv6 by its /64 network — one
    /// subscriber gets a whole /64, and counting single IPv6 addresses would give an attacker endless fresh ones.
    /// </summary>
    public static string AddressOf(HttpContext context) => AddressKey(context.Connection.RemoteIpAddress);

    public static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>Whether a sign-in attempt from <paramref name="address"/> for <paramref name="loginName"/> may check its password now; counts it against the address's budget.</summary>
    public ThrottleDecision Check(SignInPortal portal, string address, string? loginName)
    {
        var now = _clock.GetUtcNow();
        var burst = Window("burst|" + address, now, TimeSpan.FromMinutes(1), _options.AttemptsPerAddressPerMinute);
        if (!burst.IsAllowed)
        {
            return burst;
        }

        if (Blocked("addr|" + address, now) is { } addressWait)
        {
            return new ThrottleDecision(ThrottleReason.Address, addressWait);
        }

        var name = NameKey(portal, loginName);
        if (Blocked("pair|" + name + "|" + address, now) is { } pairWait)
        {
            return new ThrottleDecision(ThrottleReason.Address, pairWait);
        }

        if (Blocked("acct|" + name, now) is { } accountWait && !IsKnown(name, address, now))
        {
            return new ThrottleDecision(ThrottleReason.Account, accountWait);
        }

        return ThrottleDecision.Allowed;
    }

    /// <summary>A wrong password (or an unknown name, or an account that cannot sign in with a password): counts for the address, the name from this address and the name.</summary>
    public void Failed(SignInPortal portal, string address, string? loginName)
    {
        var now = _clock.GetUtcNow();
        var name = NameKey(portal, loginName);
        Fail("addr|" + address, now, _options.AddressFailuresBeforeDelay);
        Fail("pair|" + name + "|" + address, now, _options.PairFailuresBeforeDelay);
        Fail("acct|" + name, now, _options.AccountFailuresBeforeCoolDown);
    }

    /// <summary>The right password: this address's count for the name starts again and the address is known to the account. The address's own count and the account's are kept — signing in to one's own account must not buy more guesses at others.</summary>
    public void Succeeded(SignInPortal portal, string address, string? loginName)
    {
        var now = _clock.GetUtcNow();
        var name = NameKey(portal, loginName);
        _state.Remove("pair|" + name + "|" + address);
        _state.Set("known|" + name + "|" + address, now, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _options.KnownAddressMemory });
    }

    /// <summary>An administrator reset the account's password: its cool-down ends.</summary>
    public void Forget(SignInPortal portal, string? loginName) => _state.Remove("acct|" + NameKey(portal, loginName));

    /// <summary>Whether <paramref name="address"/> may submit another organisation registration now; counts it.</summary>
    public ThrottleDecision CheckRegistration(string address) =>
        Window("register|" + address, _clock.GetUtcNow(), TimeSpan.FromHours(1), _options.RegistrationsPerAddressPerHour);

    /// <summary>Whether <paramref name="address"/> has sent so many wrong API keys that it must wait before its next key is looked up.</summary>
    public ThrottleDecision CheckApiKey(string address) =>
        Blocked("apikey|" + address, _clock.GetUtcNow()) is { } wait ? new ThrottleDecision(ThrottleReason.Address, wait) : ThrottleDecision.Allowed;

    public void ApiKeyFailed(string address) => Fail("apikey|" + address, _clock.GetUtcNow(), _options.ApiKeyFailuresBeforeDelay);

    public void Dispose() => _state.Dispose();

    /// <summary>Names are compared as the sign-in compares them (trimmed, lower case); a long one by its hash, so the memory per key stays small.</summary>
    private static string NameKey(SignInPortal portal, string? loginName)
    {
        var name = (loginName ?? "").Trim().ToLowerInvariant();
        if (name.Length > 64)
        {
            name = "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        }

        return portal switch
        {
            SignInPortal.Staff => "s:",
            SignInPortal.Organisation => "o:",
            _ => "c:",
        } + name;
    }

    private ThrottleDecision Window(string key, DateTimeOffset now, TimeSpan length, int limit)
    {
        var window = Entry<FixedWindow>(key, length + length);
        lock (window)
        {
            if (now - window.Start >= length)
            {
                window.Start = now;
                window.Count = 0;
            }

            window.Count++;
            return window.Count <= Math.Max(1, limit)
                ? ThrottleDecision.Allowed
                : new ThrottleDecision(ThrottleReason.TooFast, window.Start + length - now);
        }
    }

    private TimeSpan? Blocked(string key, DateTimeOffset now)
    {
        if (!_state.TryGetValue(key, out FailureCount? count) || count is null)
        {
            return null;
        }

        lock (count)
        {
            return count.BlockedUntil > now ? count.BlockedUntil - now : null;
        }
    }

    private void Fail(string key, DateTimeOffset now, int threshold)
    {
        var count = Entry<FailureCount>(key, _options.FailureMemory + _options.MaxDelay);
        lock (count)
        {
            if (now - count.LastFailure > _options.FailureMemory)
            {
                count.Failures = 0;
            }

            count.Failures++;
            count.LastFailure = now;
            if (count.Failures == Math.Max(1, threshold))
            {
                // Which kind of counter only: neither the address nor the typed name is logged.
                _logger?.LogWarning("Sign-in throttle: a {Counter} counter reached {Failures} failures; further attempts wait", key[..key.IndexOf('|', StringComparison.Ordinal)], count.Failures);
            }

            if (count.Failures >= Math.Max(1, threshold))
            {
                // 1, 2, 4, ... times the first delay from the threshold on, capped.
                var doublings = Math.Min(count.Failures - threshold, 20);
                var delay = TimeSpan.FromTicks(Math.Min(_options.FirstDelay.Ticks * (1L << doublings), _options.MaxDelay.Ticks));
                count.BlockedUntil = now + delay;
            }
        }
    }

    private bool IsKnown(string name, string address, DateTimeOffset now) =>
        _state.TryGetValue("known|" + name + "|" + address, out DateTimeOffset since) && now - since <= _options.KnownAddressMemory;

    private T Entry<T>(string key, TimeSpan keepFor)
        where T : class, new()
    {
        if (_state.TryGetValue(key, out T? existing) && existing is not null)
        {
            return existing;
        }

        lock (_create)
        {
            if (_state.TryGetValue(key, out existing) && existing is not null)
            {
                return existing;
            }

            var created = new T();
            _state.Set(key, created, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = keepFor });
            return created;
        }
    }

    private sealed class FixedWindow
    {
        public DateTimeOffset Start { get; set; }

        public int Count { get; set; }
    }

    private sealed class FailureCount
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
