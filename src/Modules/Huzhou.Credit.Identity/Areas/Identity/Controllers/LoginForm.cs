using System.ComponentModel.DataAnnotations;

namespace Huzhou.Credit.Identity.Areas.Identity.Controllers;

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
