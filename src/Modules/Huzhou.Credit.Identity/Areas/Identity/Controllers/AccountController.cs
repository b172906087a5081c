using System.ComponentModel.DataAnnotations;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Domain;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

/// <summary>Staff sign-in, sign-out and password change.</summary>
[Area("Identity")]
[Route("account")]
internal sealed class AccountController(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    CreditIdentityDbContext db,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<AccountController> logger) : Controller
{
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

        var user = await users.FindByNameAsync(form.UserName!.Trim().ToLowerInvariant());
        if (user is not null && !user.IsActive)
        {
            ModelState.AddModelError("", "该账号已停用，请联系本单位管理员。");
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(form.UserName!.Trim().ToLowerInvariant(), form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in locked out for user {UserId}", user?.Id);
            ModelState.AddModelError("", "密码错误次数过多，账号已暂时锁定 15 分钟。");
            return View(form);
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "用户名或密码不正确。");
            return View(form);
        }

        await db.Users.Where(u => u.Id == user!.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, clock.GetUtcNow()));
        logger.LogInformation("User {UserId} signed in", user!.Id);

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
        : "/";
}

internal sealed class LoginForm
{
    [Required(ErrorMessage = "请填写用户名。")]
    [Display(Name = "用户名")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "请填写密码。")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

internal sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "请填写当前密码。")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessage = "请填写新密码。")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Required(ErrorMessage = "请再次输入新密码。")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}
