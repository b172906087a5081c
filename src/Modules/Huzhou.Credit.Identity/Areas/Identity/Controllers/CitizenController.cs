using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Features;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Citizens sign in (mobile pages) and the hall counter opens their accounts after checking the ID card.</summary>
[Area("Identity")]
internal sealed class CitizenController(CitizenAccounts accounts, CitizenOidcOptions oidc, SignInThrottle throttle) : Controller
{
    internal sealed record LoginViewModel(string? LoginName, string? Error, string? OidcName);

    internal sealed class OpenForm
    {
        public string? IdNumber { get; set; }

        public string? Name { get; set; }

        public string? LoginName { get; set; }

        public string? Password { get; set; }
    }

    internal sealed record CounterViewModel(OpenForm Form, IReadOnlyList<Domain.CitizenAccount> Accounts, string? Error, string? ErrorField);

    [AllowAnonymous]
    [HttpGet("/citizen/login")]
    public IActionResult Login(string? error) => View(new LoginViewModel(null, SignInNotices.CitizenError(error), OidcName));

    /// <summary>Hands the citizen to the provincial identity platform (when configured); it returns to <c>/citizen/signin-oidc</c>.</summary>
    [AllowAnonymous]
    [HttpGet("/citizen/login/oidc")]
    public IActionResult Oidc() =>
        oidc.Enabled ? Challenge(new AuthenticationProperties { RedirectUri = "/citizen" }, CitizenOidc.Scheme) : NotFound();

    [AllowAnonymous]
    [HttpPost("/citizen/login")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(string? loginName, string? password, CancellationToken cancellationToken)
    {
        var address = SignInThrottle.AddressOf(HttpContext);
        var gate = throttle.Check(SignInPortal.Citizen, address, loginName);
        if (!gate.IsAllowed)
        {
            return ThrottledPage.Of(gate, View(new LoginViewModel(loginName, gate.Message, OidcName)));
        }

        var result = await accounts.SignInAsync(loginName, password, cancellationToken);
        if (result.PasswordMatched)
        {
            throttle.Succeeded(SignInPortal.Citizen, address, loginName);
        }
        else
        {
            throttle.Failed(SignInPortal.Citizen, address, loginName);
        }

        if (!result.Succeeded)
        {
            return View(new LoginViewModel(loginName, result.Error, OidcName));
        }

        await HttpContext.SignInAsync(CitizenAccountDefaults.Scheme, result.Principal!);
        return LocalRedirect("/citizen");
    }

    private string? OidcName => oidc.Enabled ? oidc.DisplayName : null;

    [Authorize(AuthenticationSchemes = CitizenAccountDefaults.Scheme)]
    [HttpPost("/citizen/logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CitizenAccountDefaults.Scheme);
        return RedirectToAction(nameof(Login));
    }

    [Authorize(Roles = CreditRoles.CreditOffice)]
    [HttpGet("/admin/citizens")]
    public async Task<IActionResult> Counter(CancellationToken cancellationToken) =>
        View(new CounterViewModel(new OpenForm(), await accounts.ListAsync(cancellationToken), null, null));

    [Authorize(Roles = CreditRoles.CreditOffice)]
    [HttpPost("/admin/citizens")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Counter(OpenForm form, CancellationToken cancellationToken)
    {
        var result = await accounts.OpenAsync(form.IdNumber, form.Name, form.LoginName, form.Password, cancellationToken);
        if (!result.Succeeded)
        {
            form.Password = null;
            return View(new CounterViewModel(form, await accounts.ListAsync(cancellationToken), result.Error, result.Field));
        }

        TempData.Success($"已为 {form.Name} 开通市民账户 {form.LoginName?.Trim().ToLowerInvariant()}。");
        return RedirectToAction(nameof(Counter));
    }
}
