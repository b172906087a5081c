using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Identity.Features;

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
