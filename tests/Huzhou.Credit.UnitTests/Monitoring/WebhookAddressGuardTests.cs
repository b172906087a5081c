using System.Net;
using Huzhou.Credit.Monitoring.Features;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.UnitTests.Monitoring;

/// <summary>The SSRF guard: Production's defaults (https only, no internal address), and what configuration may open.</summary>
public sealed class WebhookAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("10.0.0.8")]
    [InlineData("172.16.5.4")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Internal_addresses_are_refused_by_default(string address)
    {
        Assert.False(Guard().IsAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("59.202.1.10")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2400:3200::1")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.True(Guard().IsAllowed(IPAddress.Parse(address)));
    }

    [Fact]
    public void Configured_networks_are_opened_and_nothing_else()
    {
        var guard = Guard(new WebhookOptions { AllowedPrivateNetworks = ["127.0.0.1", "10.32.0.0/16"] });
        Assert.True(guard.IsAllowed(IPAddress.Parse("127.0.0.1")));
        Assert.True(guard.IsAllowed(IPAddress.Parse("10.32.7.9")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("127.0.0.2")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("10.33.0.1")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("169.254.169.254")));
    }

    [Theory]
    [InlineData("http://59.202.1.10/hook", "必须使用 https")]
    [InlineData("ftp://59.202.1.10/hook", "必须使用 https")]
    [InlineData("https://user:pass@59.202.1.10/hook", "不能包含用户名或密码")]
    [InlineData("https://10.1.2.3/hook", "内网、本机或保留地址")]
    [InlineData("https://[::1]/hook", "内网、本机或保留地址")]
    [InlineData("https://169.254.169.254/latest/meta-data", "内网、本机或保留地址")]
    [InlineData("不是网址", "不是有效的网址")]
    [InlineData("", "请填写接收地址")]
    public async Task Production_refuses_with_a_Chinese_message(string url, string message)
    {
        var refused = await Guard().ValidateAsync(url, CancellationToken.None);
        Assert.NotNull(refused);
        Assert.Contains(message, refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_https_address_is_accepted_and_an_allow_list_of_hosts_is_enforced()
    {
        Assert.Null(await Guard().ValidateAsync("https://59.202.1.10:8443/credit/hook?token=1", CancellationToken.None));
        var listed = Guard(new WebhookOptions { AllowedHosts = ["hooks.zwfw.huzhou.gov.cn"] });
        Assert.Contains("不在平台允许的主机名单内", await listed.ValidateAsync("https://59.202.1.10/hook", CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_is_accepted_only_when_configured()
    {
        var guard = Guard(new WebhookOptions { AllowHttp = true });
        Assert.Null(await guard.ValidateAsync("http://59.202.1.10/hook", CancellationToken.None));
    }

    private static WebhookAddressGuard Guard(WebhookOptions? options = null) => new(new StaticMonitor(options ?? new WebhookOptions()));

    private sealed class StaticMonitor(WebhookOptions value) : IOptionsMonitor<WebhookOptions>
    {
        public WebhookOptions CurrentValue => value;

        public WebhookOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<WebhookOptions, string?> listener) => null;
    }
}
