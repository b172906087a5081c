using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>
/// Keeps webhooks from being pointed at the platform's own network (SSRF): the address must be absolute, https (http
/// only when <see cref="WebhookOptions.AllowHttp"/>), without user name or password, of an allowed host when
/// <see cref="WebhookOptions.AllowedHosts"/> is set; and its host must resolve to addresses that are not loopback,
/// private, link-local, carrier-grade NAT, multicast or otherwise reserved, unless listed in
/// <see cref="WebhookOptions.AllowedPrivateNetworks"/>. The same check runs again when the socket connects
/// (<see cref="ConnectAsync"/>, the HTTP handler's connect callback), on the addresses actually dialled, so a name that
/// resolves differently later (DNS rebinding) is refused too.
/// </summary>
internal sealed class WebhookAddressGuard(IOptionsMonitor<WebhookOptions> options)
{
    private static readonly IPNetwork[] Reserved =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("100::/64"), IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("fec0::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    /// <summary>The address's problem in Chinese, or null when it may be used.</summary>
    public async Task<string?> ValidateAsync(string? url, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "请填写接收地址。";
        }

        if (url.Length > 2000 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return "接收地址不是有效的网址（应以 https:// 开头）。";
        }

        var settings = options.CurrentValue;
        if (uri.Scheme != Uri.UriSchemeHttps && !(settings.AllowHttp && uri.Scheme == Uri.UriSchemeHttp))
        {
            return settings.AllowHttp ? "接收地址只能使用 https 或 http。" : "接收地址必须使用 https。";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "接收地址不能包含用户名或密码，请改用签名校验。";
        }

        if (uri.Fragment.Length > 0)
        {
            return "接收地址不能包含 # 片段。";
        }

        if (settings.AllowedHosts.Length > 0 && !settings.AllowedHosts.Any(h => string.Equals(h, uri.IdnHost, StringComparison.OrdinalIgnoreCase)))
        {
            return $"接收地址的主机 {uri.IdnHost} 不在平台允许的主机名单内，请联系信用办配置。";
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"无法解析接收地址的主机 {uri.IdnHost}。";
        }

        if (addresses.Length == 0)
        {
            return $"无法解析接收地址的主机 {uri.IdnHost}。";
        }

        return addresses.FirstOrDefault(a => !IsAllowed(a)) is { } refused
            ? $"接收地址指向内网、本机或保留地址（{refused}），不允许使用。"
            : null;
    }

    /// <summary>Whether the platform may connect to this address.</summary>
    public bool IsAllowed(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (!Reserved.Any(n => n.Contains(address)))
        {
            return true;
        }

        foreach (var allowed in options.CurrentValue.AllowedPrivateNetworks)
        {
            if ((IPNetwork.TryParse(allowed, out var network) && network.Contains(address))
                || (IPAddress.TryParse(allowed, out var single) && single.Equals(address)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The HTTP handler's connect callback: resolves the host and dials only addresses <see cref="IsAllowed"/> accepts.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var usable = addresses.Where(IsAllowed).ToArray();
        if (usable.Length == 0)
        {
            throw new HttpRequestException($"接收地址指向内网、本机或保留地址（{string.Join("、", addresses.Select(a => a.ToString()))}），已拒绝连接。");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
