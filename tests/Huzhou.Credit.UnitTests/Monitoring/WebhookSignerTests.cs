using System.Text;
using Huzhou.Credit.Monitoring.Features;

namespace Huzhou.Credit.UnitTests.Monitoring;

/// <summary>
/// The webhook signature recipe as docs/modules/monitoring.md gives it to business systems: sha256= + hex HMAC-SHA256,
/// keyed with the secret's UTF-8 bytes, over "{timestamp}.{body}". The vector was computed independently
/// (Python: <c>hmac.new(b'whsec_test', b'1765170000.{"event":"ping"}', hashlib.sha256).hexdigest()</c>).
/// </summary>
public sealed class WebhookSignerTests
{
    private const string Secret = "whsec_test";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"event\":\"ping\"}");
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1765170000);

    [Fact]
    public void The_signature_matches_an_independent_computation()
    {
        Assert.Equal("sha256=a606336fed066c4c02e871eaa07f237b9d06a466a8e4eed683ebefafa1ea5cc0", WebhookSigner.Sign(Secret, 1765170000, Body));
    }

    [Fact]
    public void A_receiver_accepts_the_signed_request_and_refuses_any_change()
    {
        var signature = WebhookSigner.Sign(Secret, At.ToUnixTimeSeconds(), Body);
        Assert.True(WebhookSigner.Verify(Secret, "1765170000", signature, Body, At));
        Assert.True(WebhookSigner.Verify(Secret, "1765170000", signature, Body, At.AddMinutes(4)));

        Assert.False(WebhookSigner.Verify(Secret, "1765170000", signature, Encoding.UTF8.GetBytes("{\"event\":\"pong\"}"), At));
        Assert.False(WebhookSigner.Verify("whsec_other", "1765170000", signature, Body, At));
        Assert.False(WebhookSigner.Verify(Secret, "1765170001", signature, Body, At));
        Assert.False(WebhookSigner.Verify(Secret, "1765170000", signature.ToUpperInvariant(), Body, At));
        Assert.False(WebhookSigner.Verify(Secret, "1765170000", null, Body, At));
        Assert.False(WebhookSigner.Verify(Secret, "not a number", signature, Body, At));
        // A replay outside the tolerance is refused even with a good signature.
        Assert.False(WebhookSigner.Verify(Secret, "1765170000", signature, Body, At.AddMinutes(6)));
        Assert.False(WebhookSigner.Verify(Secret, "1765170000", signature, Body, At.AddMinutes(-6)));
    }

    [Fact]
    public void Secrets_are_random_and_long_and_the_hint_shows_only_the_end()
    {
        var a = WebhookSecrets.Generate();
        var b = WebhookSecrets.Generate();
        Assert.NotEqual(a, b);
        Assert.Matches("^whsec_[0-9a-f]{64}$", a);
        Assert.Equal("…" + a[^4..], WebhookSecrets.Hint(a));
    }
}
