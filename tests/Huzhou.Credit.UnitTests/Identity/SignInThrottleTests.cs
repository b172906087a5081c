using System.Net;
using Huzhou.Credit.Identity.Features;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.UnitTests.Identity;

/// <summary>The scheme of docs/adr/0014-sign-in-throttling.md, on a clock the test moves.</summary>
public sealed class SignInThrottleTests
{
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_address_gets_its_attempts_per_minute_and_then_waits_for_the_next_minute()
    {
        using var throttle = Throttle(o => o.AttemptsPerAddressPerMinute = 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(throttle.Check(SignInPortal.Staff, "10.0.0.1", "a" + i).IsAllowed);
        }

        var refused = throttle.Check(SignInPortal.Citizen, "10.0.0.1", "b");
        Assert.Equal(ThrottleReason.TooFast, refused.Reason);
        Assert.Equal(60, refused.RetryAfterSeconds);
        Assert.True(throttle.Check(SignInPortal.Staff, "10.0.0.2", "a").IsAllowed);

        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(throttle.Check(SignInPortal.Staff, "10.0.0.1", "a").IsAllowed);
    }

    [Fact]
    public void The_wait_after_repeated_failures_doubles_up_to_the_maximum_and_is_forgotten_after_a_quiet_hour()
    {
        using var throttle = Throttle(o => o.PairFailuresBeforeDelay = 3);
        var waits = new List<TimeSpan>();
        for (var failure = 1; failure <= 8; failure++)
        {
            throttle.Failed(SignInPortal.Staff, "10.0.0.1", "admin");
            var decision = throttle.Check(SignInPortal.Staff, "10.0.0.1", "admin");
            waits.Add(decision.RetryAfter);
            _clock.Advance(decision.RetryAfter);
        }

        Assert.Equal(
            new[] { 0, 0, 1, 2, 4, 8, 15, 15 }.Select(m => TimeSpan.FromMinutes(m)),
            waits);

        // Another address is not affected at any point, and after an hour without failures the count starts again.
        Assert.True(throttle.Check(SignInPortal.Staff, "10.0.0.2", "admin").IsAllowed);
        _clock.Advance(TimeSpan.FromHours(1.1));
        throttle.Failed(SignInPortal.Staff, "10.0.0.1", "admin");
        Assert.True(throttle.Check(SignInPortal.Staff, "10.0.0.1", "admin").IsAllowed);
    }

    [Fact]
    public void An_address_failing_across_many_names_waits_for_all_of_them()
    {
        using var throttle = Throttle(o => o.AddressFailuresBeforeDelay = 4);
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed(SignInPortal.Organisation, "10.0.0.1", "name" + i);
        }

        Assert.Equal(ThrottleReason.Address, throttle.Check(SignInPortal.Staff, "10.0.0.1", "someone-else").Reason);
        Assert.True(throttle.Check(SignInPortal.Staff, "10.0.0.9", "someone-else").IsAllowed);
    }

    [Fact]
    public void A_name_failing_from_many_addresses_cools_down_except_for_an_address_that_signed_in_to_it_and_a_success_elsewhere_buys_no_guesses()
    {
        using var throttle = Throttle(o => o.AccountFailuresBeforeCoolDown = 5);
        throttle.Succeeded(SignInPortal.Staff, "10.0.0.1", "admin");
        for (var i = 0; i < 5; i++)
        {
            throttle.Failed(SignInPortal.Staff, "192.0.2." + i, "Admin ");
        }

        Assert.Equal(ThrottleReason.Account, throttle.Check(SignInPortal.Staff, "192.0.2.200", "admin").Reason);
        Assert.True(throttle.Check(SignInPortal.Staff, "10.0.0.1", "admin").IsAllowed);
        // The same name on another form is another account.
        Assert.True(throttle.Check(SignInPortal.Organisation, "192.0.2.200", "admin").IsAllowed);

        // An address signing in to its own account keeps its failures for others.
        using var other = Throttle(o => o.AddressFailuresBeforeDelay = 2);
        other.Failed(SignInPortal.Staff, "10.0.0.5", "victim1");
        other.Succeeded(SignInPortal.Staff, "10.0.0.5", "attacker");
        other.Failed(SignInPortal.Staff, "10.0.0.5", "victim2");
        Assert.Equal(ThrottleReason.Address, other.Check(SignInPortal.Staff, "10.0.0.5", "victim3").Reason);
    }

    [Fact]
    public void Registrations_and_wrong_API_keys_are_counted_per_address()
    {
        using var throttle = Throttle(o =>
        {
            o.RegistrationsPerAddressPerHour = 2;
            o.ApiKeyFailuresBeforeDelay = 2;
        });
        Assert.True(throttle.CheckRegistration("10.0.0.1").IsAllowed);
        Assert.True(throttle.CheckRegistration("10.0.0.1").IsAllowed);
        Assert.False(throttle.CheckRegistration("10.0.0.1").IsAllowed);
        Assert.True(throttle.CheckRegistration("10.0.0.2").IsAllowed);

        throttle.ApiKeyFailed("10.0.0.1");
        Assert.True(throttle.CheckApiKey("10.0.0.1").IsAllowed);
        throttle.ApiKeyFailed("10.0.0.1");
        Assert.False(throttle.CheckApiKey("10.0.0.1").IsAllowed);
        Assert.True(throttle.CheckApiKey("10.0.0.2").IsAllowed);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    public void An_IPv6_client_is_counted_by_its_64_bit_network(string address, string key) =>
        Assert.Equal(key, SignInThrottle.AddressKey(IPAddress.Parse(address)));

    private SignInThrottle Throttle(Action<SignInThrottleOptions> configure)
    {
        var options = new SignInThrottleOptions();
        configure(options);
        return new SignInThrottle(Options.Create(options), _clock);
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
