var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapRouteHandlers();
app.Run();
