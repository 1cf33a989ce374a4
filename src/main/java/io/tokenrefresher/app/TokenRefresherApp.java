package io.tokenrefresher.app;
public class TokenRefresherApp extends javafx.application.Application { public void start(javafx.stage.Stage s){ s.show(); } }
