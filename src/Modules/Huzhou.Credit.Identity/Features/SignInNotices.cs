namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// The messages the citizen sign-in page shows after the identity platform sends the citizen back, chosen by a short
/// code in the link. Only these texts are ever shown: a link written by someone else (a phishing mail: “账户已冻结，
/// 请致电…”) carries an unknown code and shows nothing. (Messages after the platform's own forms travel in TempData.)
/// </summary>
internal static class SignInNotices
{
    /// <summary>The generic code for <c>/citizen/login?error=</c> when the identity platform's sign-in did not complete.</summary>
    public const string CitizenPlatformFailed = "oidc-failed";

    // The reasons CitizenAccounts.SignInExternalAsync refuses a person the platform vouched for, and the generic failure.
    private static readonly Dictionary<string, string> Citizen = new(StringComparer.Ordinal)
    {
        ["no-id"] = "统一身份认证未提供有效的公民身份号码，请使用市民账户登录或到服务大厅办理。",
        ["unknown-person"] = "主体库中暂无您的信息，请到服务大厅办理。",
        ["name-mismatch"] = "统一身份认证的姓名与主体库登记的不一致，请到服务大厅核对。",
        ["bound-elsewhere"] = "您的市民账户已绑定另一个统一身份认证账户，请到服务大厅办理。",
        ["disabled"] = "账户已停用，请到服务大厅办理。",
        [CitizenPlatformFailed] = "统一身份认证未完成，请重试或使用市民账户登录。",
    };

    public static string? CitizenError(string? code) => code is not null && Citizen.TryGetValue(code, out var text) ? text : null;

    /// <summary>The code of a refusal's message (see <see cref="CitizenAccounts.SignInExternalAsync"/>); the generic code for any other text.</summary>
    public static string CitizenErrorCode(string? message) =>
        Citizen.FirstOrDefault(p => p.Value == message).Key ?? CitizenPlatformFailed;
}
