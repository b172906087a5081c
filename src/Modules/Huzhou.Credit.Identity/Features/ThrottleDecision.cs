namespace Huzhou.Credit.Identity.Features;

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
