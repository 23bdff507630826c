using EnvBot.Host.Protocol.Authentication;

// Placeholder entry point so the Host builds on feature/auth; the lead's Program.cs replaces it on merge.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotAuthentication(builder.Configuration);

var app = builder.Build();
app.Services.GetRequiredService<BotAuthenticationOptions>().LogAuthenticationMode(app.Logger);
app.Run();
