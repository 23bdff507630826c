using EnvBot.Host;

var app = EnvBotApp.Build(args);
await EnvBotApp.PrepareAsync(app);
await app.RunAsync();

/// <summary>Entry point; public so end-to-end tests can reference the assembly.</summary>
public partial class Program;
