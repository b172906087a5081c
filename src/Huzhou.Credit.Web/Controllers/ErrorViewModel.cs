namespace Huzhou.Credit.Web.Controllers;

public sealed record ErrorViewModel(int Status, string Title, string Message, string TraceId);
