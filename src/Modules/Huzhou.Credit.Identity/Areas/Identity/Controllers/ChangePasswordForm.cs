using System.ComponentModel.DataAnnotations;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

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
