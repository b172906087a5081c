using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Staff sign-in, sign-out and password change.</summary>
[Area("Identity")]
[Route("account")]
internal sealed class AccountController(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    StaffAccounts accounts,
    IAuditLog audit,
    SignInThrottle throttle,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>The one answer to an unknown name, a wrong password or a disabled account with a wrong password.</summary>
    internal const string WrongCredentials = "用户名或密码不正确。";

    private static readonly StaffUser DummyUser = new() { UserName = "dummy" };

    /// <summary>A hash no password matches, checked for an unknown name so that it costs what a known one does.</summary>
    private static string? _dummyHash;

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var userName = form.UserName!.Trim().ToLowerInvariant();
        var address = SignInThrottle.AddressOf(HttpContext);
        var gate = throttle.Check(SignInPortal.Staff, address, userName);
        if (!gate.IsAllowed)
        {
            ModelState.AddModelError("", gate.Message);
            return ThrottledPage.Of(gate, View(form));
        }

        // An unknown name, a wrong password and a disabled account answer alike (the same page, message and status, and
        // a password hash computed in each case); only the right password learns that its account is disabled.
        var password = form.Password!;
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            _dummyHash ??= users.PasswordHasher.HashPassword(DummyUser, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            users.PasswordHasher.VerifyHashedPassword(DummyUser, _dummyHash, password);
        }

        if (user is null || !await users.CheckPasswordAsync(user, password))
        {
            throttle.Failed(SignInPortal.Staff, address, userName);
            logger.LogInformation("Staff sign-in failed");
            ModelState.AddModelError("", WrongCredentials);
            return View(form);
        }

        throttle.Succeeded(SignInPortal.Staff, address, userName);
        if (!user.IsActive)
        {
            ModelState.AddModelError("", "该账号已停用，请联系本单位管理员。");
            return View(form);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        await accounts.RecordSignInAsync(user.Id, CancellationToken.None);
        logger.LogInformation("User {UserId} signed in", user.Id);

        if (!string.IsNullOrEmpty(form.ReturnUrl) && Url.IsLocalUrl(form.ReturnUrl))
        {
            return LocalRedirect(form.ReturnUrl);
        }

        var roles = await users.GetRolesAsync(user);
        return LocalRedirect(HomeFor(roles));
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("password")]
    [Authorize]
    public IActionResult Password() => View(new ChangePasswordForm());

    [HttpPost("password")]
    [Authorize]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Password(ChangePasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            }

            return View(form);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(new AuditEntry("identity.password.change", "Identity", Detail: "修改本人密码"));
        TempData["Success"] = "密码已修改。";
        return LocalRedirect(HomeFor(await users.GetRolesAsync(user)));
    }

    /// <summary>Where each role starts after signing in.</summary>
    internal static string HomeFor(IList<string> roles) =>
        roles.Contains(CreditRoles.Administrator) ? "/admin"
        : roles.Contains(CreditRoles.CreditOffice) || roles.Contains(CreditRoles.DepartmentStaff) || roles.Contains(CreditRoles.DepartmentReviewer) ? "/staff"
        : roles.Contains(CreditRoles.Kiosk) ? "/kiosk"
        : roles.Contains(CreditRoles.Verifier) ? "/integrity/verify"
        : roles.Contains(CreditRoles.PublicityEditor) || roles.Contains(CreditRoles.PublicityPublisher) ? "/publicity/manage"
        : "/";
}
